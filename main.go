// Command corpus reads German news articles, extracts the entities, figures,
// dates and claims they carry, and cross-checks those claims across sources.
package main

import (
	"os"

	"github.com/corpus-news/corpus/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
