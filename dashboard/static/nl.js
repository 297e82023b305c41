/* Streamlit's own interface texts in Dutch, inlined in the head by dashboard/server/documents.py.
   Streamlit has no translations: its labels, tooltips and placeholders are English strings in its
   bundle. This script watches the document from before Streamlit renders and replaces each known
   English text (text nodes and the aria-label, title, placeholder and alt attributes) by its Dutch
   counterpart, and gives the component iframes (the maps) a meaningful title. The list grows with
   the English words the browser tests look for (tests/test_browser_accessibility.py). */
(function () {
  "use strict";
  var EXACT = {
    "Skip to main content": "Naar de hoofdinhoud",
    "App pages": "Pagina's",
    "Main menu": "Hoofdmenu",
    "Collapse sidebar": "Zijbalk inklappen",
    "Expand sidebar": "Zijbalk uitklappen",
    "Open sidebar": "Zijbalk openen",
    "Close sidebar": "Zijbalk sluiten",
    "View less": "Minder tonen",
    "Running...": "Bezig…",
    "Running": "Bezig",
    "Connecting": "Verbinden",
    "Stop": "Stoppen",
    "Rerun": "Opnieuw uitvoeren",
    "Close": "Sluiten",
    "Help": "Uitleg",
    "Search": "Zoeken",
    "Fullscreen": "Volledig scherm",
    "Close fullscreen": "Volledig scherm sluiten",
    "Exit fullscreen": "Volledig scherm sluiten",
    "Download as CSV": "Downloaden als CSV",
    "Choose an option": "Kies een optie",
    "Choose options": "Kies opties",
    "Choose or add an option": "Kies of voeg een optie toe",
    "Choose or add options": "Kies of voeg opties toe",
    "No results": "Geen resultaten",
    "Clear all": "Alles wissen",
    "Clear": "Wissen",
    "Clear value": "Waarde wissen",
    "Remove": "Verwijderen",
    "Open": "Openen",
    "Show password": "Wachtwoord tonen",
    "Hide password": "Wachtwoord verbergen",
    "Upload": "Uploaden",
    "Browse files": "Bestanden kiezen",
    "Browse": "Bladeren",
    "Drag and drop a file here": "Sleep een bestand hierheen",
    "Drag and drop files here": "Sleep bestanden hierheen",
    "Drag and drop directories here": "Sleep mappen hierheen",
    "Delete": "Verwijderen",
    "Sort ascending": "Oplopend sorteren",
    "Sort descending": "Aflopend sorteren",
    "Autosize": "Breedte aanpassen",
    "Pin column": "Kolom vastzetten",
    "Unpin column": "Kolom losmaken",
    "Hide column": "Kolom verbergen",
    "Show/hide columns": "Kolommen tonen of verbergen",
    "Format": "Opmaak",
    "Copy to clipboard": "Naar het klembord kopiëren",
    "Copied to clipboard": "Gekopieerd naar het klembord",
    "Page not found": "Pagina niet gevonden",
    "Increment": "Verhogen",
    "Decrement": "Verlagen",
    "Previous month": "Vorige maand",
    "Next month": "Volgende maand",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "Press Enter to apply": "Druk op Enter om toe te passen",
    "Press Enter to submit form": "Druk op Enter om het formulier te verzenden",
  };
  var UNIT = { B: "B", KB: "kB", MB: "MB", GB: "GB" };
  function size(amount, unit) {
    return amount.replace(".", ",") + "\u00a0" + (UNIT[unit.toUpperCase()] || unit);
  }
  var PATTERNS = [
    [/^Help for (.+)$/, function (m) { return "Uitleg bij " + m[1]; }],
    [/^View (\d+) more$/, function (m) { return "Nog " + m[1] + " tonen"; }],
    [/^Drag and drop (.+) here$/, function (m) { return "Sleep " + m[1] + " hierheen"; }],
    [/^(\d+(?:\.\d+)?)\s?(B|KB|MB|GB) per file$/i, function (m) {
      return "Maximaal " + size(m[1], m[2]) + " per bestand";
    }],
    [/^(\d+(?:\.\d+)?)\s?(B|KB|MB|GB)$/i, function (m) { return size(m[1], m[2]); }],
    [/^You can only select up to (\d+) options?\. Remove an option first\.$/, function (m) {
      return "U kunt hoogstens " + m[1] + " kiezen. Verwijder eerst een keuze.";
    }],
    [/^(.+)\. Running the app's main page\.$/, function () {
      return "Deze pagina bestaat niet. De startpagina wordt getoond.";
    }],
  ];
  // Component iframes by their Streamlit name: what a screen reader announces on entering them.
  var FRAME_TITLES = { "streamlit_folium.st_folium": "Interactieve kaart" };
  var ATTRIBUTES = ["aria-label", "title", "placeholder", "alt"];

  function dutch(text) {
    var core = text.trim();
    if (!core) return null;
    var found = Object.prototype.hasOwnProperty.call(EXACT, core) ? EXACT[core] : null;
    for (var i = 0; found === null && i < PATTERNS.length; i++) {
      var match = PATTERNS[i][0].exec(core);
      if (match) found = PATTERNS[i][1](match);
    }
    return found === null ? null : text.replace(core, found);
  }

  function translateText(node) {
    var value = node.nodeValue;
    if (!value || value.length > 200) return;
    var parent = node.parentNode;
    if (parent && /^(SCRIPT|STYLE|TEXTAREA)$/.test(parent.nodeName)) return;
    var changed = dutch(value);
    if (changed !== null && changed !== value) node.nodeValue = changed;
  }

  function translateElement(element) {
    for (var i = 0; i < ATTRIBUTES.length; i++) {
      var value = element.getAttribute(ATTRIBUTES[i]);
      if (value === null) continue;
      var changed = element.nodeName === "IFRAME" && ATTRIBUTES[i] === "title"
        ? FRAME_TITLES[value] || dutch(value)
        : dutch(value);
      if (changed !== null && changed !== value) element.setAttribute(ATTRIBUTES[i], changed);
    }
  }

  function translateTree(root) {
    if (root.nodeType === Node.TEXT_NODE) return translateText(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    translateElement(root);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) translateText(node);
      else translateElement(node);
    }
  }

  var observer = new MutationObserver(function (mutations) {
    for (var i = 0; i < mutations.length; i++) {
      var mutation = mutations[i];
      if (mutation.type === "childList") {
        for (var j = 0; j < mutation.addedNodes.length; j++) translateTree(mutation.addedNodes[j]);
      } else if (mutation.type === "characterData") {
        translateText(mutation.target);
      } else {
        translateElement(mutation.target);
      }
    }
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
  });
  document.addEventListener("DOMContentLoaded", function () { translateTree(document.body); });
})();
