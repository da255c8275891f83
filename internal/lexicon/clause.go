package lexicon

import "sync"

// Clause is a set of the traits of data/clause.txt a word that opens a
// clause has.
type Clause uint8

// The traits of words that open a clause; data/clause.txt explains each.
const (
	Leading Clause = 1 << iota
	WhenWhy
	EndsTarget
)

var clauseNames = map[string]Clause{"leading": Leading, "when-why": WhenWhy, "ends-target": EndsTarget}

// ClauseWords returns the set of the lower-case words that open a clause
// and have any of the traits c: ClauseWords(Leading) holds "although" and
// "whether", ClauseWords(WhenWhy) "after" but not "although".
func ClauseWords(c Clause) map[string]bool {
	return wordsWith(clauses(), c)
}

var clauses = sync.OnceValue(func() map[string]Clause {
	m, _ := traitFile("data/clause.txt", clauseNames) // TestTraitFiles holds the file to its traits
	return m
})
