// Fills input[data-browser-time-zone] with the browser's IANA time zone (e.g. Asia/Shanghai), so a new
// account starts in the zone its owner lives in. The server checks it; without script it stays empty (UTC).
(function () {
    var zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
    document.querySelectorAll('input[data-browser-time-zone]').forEach(function (input) {
        if (!input.value) input.value = zone;
    });
})();
