/** Another subgraph's entity, as this one knows it: its key. */
export interface EntityRef {
  id: string;
}

/** A sticker as the API shows it: its kind and the fundraiser it is for. */
export interface StickerModel {
  type: 'DONATION' | 'DONATED';
  fundraiser: EntityRef;
}
