/**
 * A table's header row: one `<th scope="col">` per (translated) label, in order. A label that is
 * false stands for a column not shown (e.g. the clients' names on a sheet printed without them).
 */
export function ColumnHeads({ labels }: { labels: ReadonlyArray<string | false> }) {
  return (
    <thead>
      <tr>
        {labels.map((label, column) =>
          label === false ? null : (
            <th key={column} scope="col">
              {label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
