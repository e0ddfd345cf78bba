/*
 * Runs before the app, as a classic script in ES5 (IE and old engines must parse it): when the
 * engine is older than the browser list in vite.config.ts (Chromium 86, Edge 86, Firefox 78,
 * Safari 14), it shows the notice in index.html and marks <html> so that src/main.ts does not start.
 * A file of its own, not inline: the Content-Security-Policy allows no inline script.
 */
;(function () {
  function supported() {
    try {
      var P = window.Promise
      return (
        'noModule' in document.createElement('script') && // ES modules
        typeof window.indexedDB !== 'undefined' &&
        typeof P === 'function' &&
        typeof P.allSettled === 'function' && // Chrome 76, Firefox 71, Safari 13
        typeof String.prototype.replaceAll === 'function' && // Chrome 85, Firefox 77, Safari 13.1
        typeof Intl !== 'undefined' &&
        typeof Intl.RelativeTimeFormat === 'function' // Chrome 71, Firefox 65, Safari 14
      )
    } catch (error) {
      return false
    }
  }
  if (supported()) return
  document.documentElement.setAttribute('data-unsupported-browser', '')
  var notice = document.getElementById('unsupported-browser')
  if (notice) notice.style.display = 'block'
})()
