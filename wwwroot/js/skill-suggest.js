// Suggests known skill tags for the last tag being typed in a comma-separated field
// (input[data-skill-suggest] with a datalist). Without script the field still works as plain text.
(function () {
    document.querySelectorAll('input[data-skill-suggest]').forEach(function (input) {
        var list = document.getElementById(input.getAttribute('list'));
        var url = input.getAttribute('data-skill-suggest');
        var timer = null;
        var asked = '';
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var parts = input.value.split(/[,，;；]/);
                var typed = parts[parts.length - 1].trim();
                if (typed.length < 1 || typed === asked) return;
                asked = typed;
                fetch(url + '?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                    .then(function (r) { return r.ok ? r.json() : []; })
                    .then(function (tags) {
                        var before = parts.slice(0, -1).map(function (p) { return p.trim(); }).filter(Boolean);
                        list.replaceChildren.apply(list, tags.map(function (tag) {
                            var option = document.createElement('option');
                            option.value = before.concat([tag]).join(', ');
                            return option;
                        }));
                    })
                    .catch(function () { /* suggestions are a convenience; typing still works */ });
            }, 200);
        });
    });
})();
