package claims

import (
	"strings"

	"github.com/extract-news/extract/internal/syntax"
)

// cueNouns are nouns that report what someone said or holds when a clause
// follows them: "Trump's claim that ...", "the warning by X that ...".
var cueNouns = set("claim", "claims", "assertion", "assertions", "insistence", "argument",
	"arguments", "warning", "warnings", "promise", "promises", "statement", "statements",
	"denial", "suggestion", "belief", "view", "fear", "fears", "hope", "hopes", "emphasis",
	"contention", "allegation", "allegations", "charge", "charges", "concern", "concerns",
	"worry", "worries", "admission", "acknowledgment", "acknowledgement", "prediction",
	"predictions", "pledge", "vow", "assurance", "assurances", "insinuation", "accusation",
	"accusations", "announcement", "message", "conclusion", "finding", "findings", "position",
	"complaint", "complaints", "criticism", "criticisms")

// cueAdjectives report a belief or a feeling about a clause when they follow
// a form of "be": "X is confident that ...".
var cueAdjectives = set("worried", "concerned", "confident", "convinced", "sure", "certain",
	"afraid", "hopeful", "optimistic", "adamant", "aware", "skeptical", "sceptical", "fearful")

// nominal makes the claim of a cue noun or adjective at token c of sentence
// si with a that-clause after it: "Trump's claim that there have been
// thousands of shootings", "the warning by the bank that ...", "X is
// confident that ...". A noun's speaker is its possessor or the agent after
// "by" or "from" ("criticism from X that ..."); an adjective's is the
// subject of "be". It reports whether it made a claim.
func (f *finder) nominal(si, c int) bool {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	w := strings.ToLower(toks[c].Text)
	noun := cueNouns[w] && strings.HasPrefix(toks[c].Tag, "NN")
	adj := cueAdjectives[w] && (toks[c].Tag == "JJ" || toks[c].Tag == "VBN")
	if !noun && !adj {
		return false
	}
	var sub subject
	k := c + 1
	if noun {
		sub = f.possessor(c, s.First)
		if !sub.ok && k+1 < s.Lim && (strings.EqualFold(toks[k].Text, "by") || strings.EqualFold(toks[k].Text, "from")) {
			if a := f.named(f.syn.SpeakerRight(k+1, s.Lim, f)); a.ok && a.actor != none {
				sub = a
				for k++; k < s.Lim && (f.owner[k] != none || f.syn.Is(k, syntax.Attributive)); k++ {
				}
			}
		}
	} else {
		b := c - 1
		for b > s.First && f.skippable(b) && !beForms[strings.ToLower(toks[b].Text)] {
			b--
		}
		if b <= s.First || !beForms[strings.ToLower(toks[b].Text)] {
			return false
		}
		sub = f.subjectLeft(b, f.clauseStart(si))
	}
	if !sub.ok || sub.actor == none {
		return false
	}
	if k >= s.Lim || !strings.EqualFold(toks[k].Text, "that") || f.relativeThat(k) {
		return false
	}
	k++
	e := f.clauseEnd(k, s.Lim)
	if e-k < 3 || f.inQuote[k] >= 0 {
		return false
	}
	n := len(f.claims)
	f.indirect(si, k, e, sub, c, c+1, say)
	return len(f.claims) > n
}

// relativeThat reports whether "that" at token k opens a relative clause
// whose subject it is, not the content of the cue noun before it: "a
// complaint from a group that argues ...".
func (f *finder) relativeThat(k int) bool {
	toks := f.d.Tokens
	if k+1 >= len(toks) || toks[k+1].Sent != toks[k].Sent {
		return false
	}
	return syntax.Finite(toks[k+1].Tag)
}

// possessor returns the actor whose cue noun at token c this is: "Trump's
// claim", "his repeated emphasis", "the company's statement".
func (f *finder) possessor(c, first int) subject {
	toks := f.d.Tokens
	j := c - 1
	for j >= first && (toks[j].Tag == "JJ" || toks[j].Tag == "VBN" || toks[j].Tag == "RB") {
		j--
	}
	if j < first {
		return subject{}
	}
	switch {
	case toks[j].Tag == "PRP$":
		if a := int(f.owner[j]); a != none {
			return subject{actor: a, first: j, ok: true}
		}
		if p := f.possessivePronoun(j); p != none {
			return subject{actor: p, first: j, ok: true}
		}
	case toks[j].Tag == "POS" || toks[j].Text == "'s" || toks[j].Text == "’s":
		if j-1 >= first {
			if sub := f.named(f.syn.SpeakerLeft(j-1, first, f)); sub.ok && sub.actor != none {
				return sub
			}
		}
	}
	return subject{}
}

// possessivePronoun resolves "his", "her", "its" or "their" at token j as
// the subject pronoun of the same person would be.
func (f *finder) possessivePronoun(j int) int {
	switch w := strings.ToLower(f.d.Tokens[j].Text); w {
	case "his", "her", "its", "their":
		return f.refs.Pronoun(w, int(f.d.Tokens[j].Start))
	}
	return none
}
