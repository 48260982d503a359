// The bench passes the destination as ?href=…; set it before Haven upgrades the element.
const href = new URLSearchParams(location.search).get('href');
if (href) document.querySelector('haven-quick-exit').setAttribute('href', href);
await import('/dist/cdn/haven.js');
