// Package view renders a record over its article as one self-contained HTML
// page: the text with every actor mention, claim and event action marked in
// place, and a side panel of actors, claims, events and positions. The page
// carries its own style and script (no network, no external fonts), and the
// article is data, never markup: html/template escapes every piece of it.
// Index renders the page that lists many such pages.
package view
