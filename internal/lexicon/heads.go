package lexicon

import "sync"

// Head is a set of the traits of data/heads.txt a head of a description
// has.
type Head uint8

// The traits of heads of descriptions; data/heads.txt explains each.
const (
	Role Head = 1 << iota
	Org
	Company
	Institution
)

var headNames = map[string]Head{"role": Role, "org": Org, "company": Company, "institution": Institution}

// HeadWords returns the set of the heads of descriptions that have any of
// the traits h: HeadWords(Role) holds "mayor" and "spokeswoman".
func HeadWords(h Head) map[string]bool {
	return wordsWith(heads(), h)
}

var heads = sync.OnceValue(func() map[string]Head {
	m := map[string]Head{}
	for _, f := range fields("data/heads.txt") {
		for _, t := range f[1:] {
			m[f[0]] |= headNames[t]
		}
	}
	return m
})
