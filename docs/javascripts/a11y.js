// Accessibility fixes to Material defaults (see tests/test_a11y.py).
//
// Material's page-load progress bar (navigation.instant.progress) only sets the
// CSS variable --md-progress-value (0 to 100) on its element. Mirror it in ARIA:
// announce the bar with its value while a page loads, hide it from assistive
// technology while it is idle (overrides/partials/progress.html starts hidden).
(function () {
  "use strict";

  function syncProgress(bar) {
    var value = parseFloat(bar.style.getPropertyValue("--md-progress-value"));
    if (value > 0 && value < 100) {
      bar.removeAttribute("aria-hidden");
      bar.setAttribute("aria-valuenow", String(Math.round(value)));
    } else {
      bar.setAttribute("aria-hidden", "true");
      bar.removeAttribute("aria-valuenow");
    }
  }

  function watchProgress() {
    var bar = document.querySelector(".md-progress[role='progressbar']");
    if (!bar || bar.dataset.a11yWatched) {
      return;
    }
    bar.dataset.a11yWatched = "true";
    new MutationObserver(function () {
      syncProgress(bar);
    }).observe(bar, { attributes: true, attributeFilter: ["style"] });
    syncProgress(bar);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchProgress);
  } else {
    watchProgress();
  }
})();
