/** An item as the API returns it: the stored value plus its ETag, to send back as `If-Match`. */
export type Versioned<T> = T & { etag: string };
