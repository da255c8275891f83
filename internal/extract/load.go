package extract

import "github.com/extract-news/extract/internal/nlp"

// Load loads the language model now, before the first Article, with its
// decoded weights cached in a file under cacheDir ("" for no cache): read
// from there when the file holds them, written there when not. Without Load,
// the first Article loads the model with no cache.
func Load(cacheDir string) error {
	return nlp.Load(cacheDir)
}
