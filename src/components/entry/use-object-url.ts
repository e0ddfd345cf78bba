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

/** Saves a Blob under its original name. */
export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
