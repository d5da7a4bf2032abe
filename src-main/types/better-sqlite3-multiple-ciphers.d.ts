// The package ships its typings outside its "exports" map, so TypeScript cannot find them.
// Its API is better-sqlite3's (plus cipher pragmas, which we reach through `pragma`).
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
