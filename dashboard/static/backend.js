/* Where Streamlit's server is, said before its frontend starts (issue 13). Left alone, the
   frontend probes the page's own path first (/kaart/_stcore/health: 404) and only 100 ms later
   the path one up; every page of this app lies one level below the app's root, so on a page's
   path the root is given at once (window.__streamlit.BACKEND_BASE_URL). From the location, not
   from the server: behind a proxy that adds a prefix the root is still the path one up. */
function vnonBackend(pages) {
  var parts = location.pathname.replace(/\/+$/, "").split("/");
  if (parts.length < 2 || pages.indexOf(parts[parts.length - 1]) < 0) {
    return;  // the root itself, or a path that is no page: the frontend probes as it does
  }
  parts.pop();
  window.__streamlit = Object.assign({}, window.__streamlit, {
    BACKEND_BASE_URL: location.origin + parts.join("/") + "/"
  });
}
