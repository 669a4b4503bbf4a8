/** Another subgraph's entity, as this one knows it: its key. */
export interface EntityRef {
  id: string;
}
