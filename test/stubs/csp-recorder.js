// Loaded first in the strict-CSP test frame (allowed by 'self'): records every policy violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
});
