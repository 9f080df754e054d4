/* The sign-in page's only script (pages allow no inline script: see the Content-Security-Policy). */
(function () {
  'use strict';
  if (new URLSearchParams(location.search).has('error')) document.getElementById('error').hidden = false;
})();
