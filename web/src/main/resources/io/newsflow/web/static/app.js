// Newsflow live page: new article versions arrive over Server-Sent Events as cards rendered (and
// escaped) by the server; panels refresh themselves. No inline script: the page's Content
// Security Policy forbids it.
(function () {
  'use strict';
  var MAX_CARDS = 80;

  function cardFrom(html) {
    var template = document.createElement('template');
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function startLive() {
    var list = document.getElementById('articles');
    var live = document.getElementById('live');
    if (!list || !window.EventSource) {
      return;
    }
    var source = new EventSource(list.getAttribute('data-live'));
    source.onopen = function () { live && live.classList.add('on'); };
    source.onerror = function () { live && live.classList.remove('on'); };
    source.addEventListener('article', function (event) {
      var card = cardFrom(event.data);
      if (!card) {
        return;
      }
      var empty = document.getElementById('no-articles');
      if (empty) {
        empty.remove();
      }
      var old = document.getElementById(card.id);
      if (old) {
        old.remove();
      }
      card.classList.add('fresh');
      list.insertBefore(card, list.firstElementChild);
      while (list.children.length > MAX_CARDS) {
        list.lastElementChild.remove();
      }
    });
  }

  function refresh(panel) {
    var url = panel.getAttribute('data-refresh');
    fetch(url, { headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var title = panel.querySelector('h2');
        panel.innerHTML = '';
        if (title) {
          panel.appendChild(title);
        }
        var body = document.createElement('div');
        body.innerHTML = html;
        panel.appendChild(body);
      })
      .catch(function () { /* keep what is shown; the next refresh may work */ });
  }

  function startPanels() {
    var panels = document.querySelectorAll('[data-refresh]');
    panels.forEach(function (panel) {
      refresh(panel);
      setInterval(function () { refresh(panel); }, 30000);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    startLive();
    startPanels();
  });
})();
