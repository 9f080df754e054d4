/* The sign-in page's only script (pages allow no inline script: see the Content-Security-Policy). */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  if (params.has('error')) document.getElementById('error').hidden = false;
  if (params.has('locked')) document.getElementById('locked').hidden = false;
})();
