package actors

import (
	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/syntax"
)

// parsed returns the syntax of d, as extract.Article builds it.
func parsed(d *nlp.Doc) *syntax.Syntax { return syntax.Parse(d, events.Words()) }
