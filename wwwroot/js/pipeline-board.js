// Drag and drop on the pipeline board (Views/FundPipeline/Board.cshtml). A card dropped on another
// column submits that card's own Move form with the column's stage: the same antiforgery token,
// version and server checks as the keyboard path, and the page that answers is the same too.
// A column takes only the stages the card's form offers (Passed and Invested need a reason or an
// amount, asked on the deal page). Without script, or before it loads, the Move forms still work.
(function () {
    'use strict';
    var board = document.querySelector('[data-testid=board]');
    if (!board || typeof Sortable === 'undefined') return;

    function moveForm(card) {
        return card.querySelector('form[data-testid=move-form]');
    }

    function offers(card, stage) {
        var select = moveForm(card).querySelector('select[name=Stage]');
        return Array.prototype.some.call(select.options, function (o) { return o.value === stage; });
    }

    board.classList.add('draggable');
    board.querySelectorAll('.pipeline-cards').forEach(function (list) {
        Sortable.create(list, {
            group: {
                name: 'pipeline',
                pull: true,
                put: function (to, from, card) {
                    return to.el.dataset.drop === 'true' && offers(card, to.el.dataset.stage);
                },
            },
            sort: false,
            draggable: '[data-testid=card]',
            filter: 'a, button, select, option, input, label',
            preventOnFilter: false,
            delayOnTouchOnly: true,
            delay: 150,
            ghostClass: 'pipeline-card-ghost',
            onAdd: function (event) {
                var card = event.item;
                var form = moveForm(card);
                form.querySelector('select[name=Stage]').value = list.dataset.stage;
                board.setAttribute('aria-busy', 'true');
                if (form.requestSubmit) form.requestSubmit();
                else form.submit();
            },
        });
    });
})();
