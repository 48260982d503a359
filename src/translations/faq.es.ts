/** `<haven-faq>`: same keys as `en.ts`. */
export const faq = {
  'faq-search-label': 'Buscar en estas preguntas',
  'faq-show-all': 'Mostrar todas las respuestas',
  'faq-hide-all': 'Ocultar todas las respuestas',
  'faq-copy-link': 'Copiar el enlace a esta pregunta',
  'faq-link-copied': 'Enlace copiado',
  'faq-link-copy-failed': 'No se pudo copiar. El enlace es {url}',
  'faq-results': '{count} preguntas coinciden.',
  'faq-results-one': '1 pregunta coincide.',
  'faq-no-results': 'Ninguna pregunta coincide con su búsqueda. Aun así, puede hablar con alguien:',
  'faq-loading': 'Cargando preguntas…',
  'faq-load-error': 'No se pudieron cargar las preguntas. Aun así, puede hablar con alguien:',
};
