// extract's page: hover cards, selecting an actor, hiding guesses. What the
// cards say is read from the page itself (the marks' attributes and the
// panel's lines), and it reaches the card only through textContent.
(function () {
  "use strict";
  var body = document.body, card = document.getElementById("card");
  var status = document.getElementById("status");
  var hint = status.textContent;
  var selected = "";
  var marks = "article b, article q, article i";

  function actorLine(id) {
    return id ? document.querySelector('aside .actors li[data-a="' + CSS.escape(id) + '"]') : null;
  }
  function actorName(id) {
    var li = actorLine(id);
    return li ? li.querySelector("button").textContent : "";
  }
  function conf(c) {
    if (!c) return "not scored";
    return c + (+c < 0.5 ? " (a guess)" : "");
  }
  // section makes one part of a card: a title, then a line for each row
  // that has a value.
  function section(title, rows) {
    var s = document.createElement("section");
    var h = document.createElement("h2");
    h.textContent = title;
    var dl = document.createElement("dl");
    rows.forEach(function (r) {
      if (!r[1]) return;
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = r[0];
      dd.textContent = r[1];
      dl.append(dt, dd);
    });
    s.append(h, dl);
    return s;
  }
  // panelLine is the panel's line of the claim or event with id, which
  // links to its mark.
  function panelLine(id) {
    var a = document.querySelector('aside a[href="#' + CSS.escape(id) + '"]');
    return a ? a.parentElement : null;
  }
  // describe tells what a mark is: a mention (b), a claim (q) or an event's
  // action words (i), from the panel's line of its actor, claim or event.
  function describe(el) {
    var id = el.id || el.dataset.id, line;
    if (el.tagName === "B") {
      line = actorLine(el.dataset.a);
      if (!line) return null;
      return section(actorName(el.dataset.a), [["actor", line.querySelector("small").textContent],
        ["confidence", conf(line.dataset.conf)]]);
    }
    line = panelLine(id);
    if (!line) return null;
    if (el.tagName === "Q") {
      // "kind · cue · confidence"
      var k = line.querySelector("small").textContent.split(" · ");
      return section(id + " · " + k[0] + " claim", [["speaker", actorName(el.dataset.a) || "unattributed"],
        ["cue", k[1]], ["confidence", conf(k[2])]]);
    }
    if (el.tagName === "I") return section(id + " · event", [["event", line.textContent]]);
    return null;
  }
  function show(target) {
    var el = target.closest && target.closest(marks);
    if (!el) { hide(); return; }
    card.replaceChildren();
    // The mark and the marks around it: a mention inside a claim shows both.
    for (var n = el, k = 0; n && k < 3; n = n.parentElement && n.parentElement.closest(marks)) {
      var s = describe(n);
      if (s) { card.append(s); k++; }
    }
    card.hidden = false;
    var r = el.getBoundingClientRect(), w = card.offsetWidth, h = card.offsetHeight;
    var x = Math.min(Math.max(4, r.left), window.innerWidth - w - 4);
    var y = r.bottom + 6;
    if (y + h > window.innerHeight - 4) y = Math.max(4, r.top - h - 6);
    card.style.left = x + "px";
    card.style.top = y + "px";
  }
  function hide() { card.hidden = true; }

  // select highlights everything of the actor with id: its mentions, its
  // claims, its positions and its lines in the panel. Selecting it again,
  // or Escape, clears.
  function select(id) {
    document.querySelectorAll(".hl").forEach(function (n) { n.classList.remove("hl"); });
    selected = id === selected ? "" : id;
    body.classList.toggle("sel", selected !== "");
    if (!selected) { status.textContent = hint; return; }
    var q = '[data-a="' + CSS.escape(selected) + '"]';
    document.querySelectorAll(q).forEach(function (n) { n.classList.add("hl"); });
    var m = document.querySelectorAll("article b" + q).length;
    var c = document.querySelectorAll("article q[id]" + q).length;
    var p = document.querySelectorAll("aside .positions li" + q).length;
    status.textContent = actorName(selected) + ": " + count(m, "mention") + ", " + count(c, "claim") + ", " +
      count(p, "position") + " highlighted. Esc clears.";
  }
  function count(n, what) { return n + " " + what + (n === 1 ? "" : "s"); }
  function activate(el) {
    var who = el.closest("[data-a]");
    if (who) select(who.dataset.a);
  }

  // Every mark is a stop for Tab; Enter on it selects its actor.
  document.querySelectorAll(marks).forEach(function (n) { n.tabIndex = 0; });
  document.addEventListener("mouseover", function (ev) { show(ev.target); });
  document.addEventListener("focusin", function (ev) { show(ev.target); });
  document.addEventListener("focusout", hide);
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest("article b, article q, button.who, [data-a] > .chip");
    if (el) activate(el);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      hide();
      if (selected) select(selected);
      return;
    }
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.matches && ev.target.matches("article b, article q")) {
      ev.preventDefault();
      activate(ev.target);
    }
  });
  document.getElementById("hide-low").addEventListener("change", function (ev) {
    body.classList.toggle("hide-low", ev.target.checked);
  });
})();
