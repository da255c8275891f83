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
	m, _ := traitFile("data/heads.txt", headNames) // TestTraitFiles holds the file to its traits
	return m
})
