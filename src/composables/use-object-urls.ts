import { onBeforeUnmount } from 'vue'

/** Object URLs for Blobs shown on a page, all revoked when the component goes away. */
export function useObjectUrls() {
  const urls = new Map<string, string>()
  function urlFor(key: string, blob: Blob): string {
    let url = urls.get(key)
    if (!url) urls.set(key, (url = URL.createObjectURL(blob)))
    return url
  }
  function revoke(key: string) {
    const url = urls.get(key)
    if (url) URL.revokeObjectURL(url)
    urls.delete(key)
  }
  onBeforeUnmount(() => {
    for (const url of urls.values()) URL.revokeObjectURL(url)
    urls.clear()
  })
  return { urlFor, revoke }
}
