// The lists live in shared/ so that the renderer can show Turkish words (fingerprint-words.ts).
export { FINGERPRINT_WORDS } from '../../shared/fingerprint-words';
