// dexie-export-import reads Blobs with FileReader and looks at `self`, as in a browser. Node has
// Blob but neither of those; this is the small part of FileReader the library uses.
type Handler = ((ev: { target: FakeFileReader }) => void) | null

class FakeFileReader {
  result: string | ArrayBuffer | null = null
  error: unknown = null
  onload: Handler = null
  onerror: Handler = null
  onabort: Handler = null
  private listeners: Record<string, Handler[]> = {}

  addEventListener(type: string, fn: Handler) {
    ;(this.listeners[type] ??= []).push(fn)
  }

  private finish(read: Promise<string | ArrayBuffer>) {
    read.then(
      (result) => {
        this.result = result
        this.onload?.({ target: this })
        for (const fn of this.listeners.load ?? []) fn?.({ target: this })
      },
      (error: unknown) => {
        this.error = error
        this.onerror?.({ target: this })
        for (const fn of this.listeners.error ?? []) fn?.({ target: this })
      },
    )
  }

  readAsArrayBuffer(blob: Blob) {
    this.finish(blob.arrayBuffer())
  }

  readAsText(blob: Blob) {
    this.finish(blob.text())
  }

  readAsBinaryString(blob: Blob) {
    this.finish(
      blob.arrayBuffer().then((buf) => {
        let out = ''
        const bytes = new Uint8Array(buf)
        for (let i = 0; i < bytes.length; i += 0x8000)
          out += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
        return out
      }),
    )
  }
}

const g = globalThis as Record<string, unknown>
g.self ??= globalThis
g.FileReader ??= FakeFileReader
