package claims

import (
	"testing"

	"github.com/corpus-news/corpus/analyze/text"
)

// TestTeamDescriptorsDoNotRecurse: a team descriptor resolved through the
// sentence before, whose subject is again a team descriptor, once recursed
// without end (a stack overflow on FANG-COVID).
func TestTeamDescriptorsDoNotRecurse(t *testing.T) {
	for _, body := range []string{
		"Die Gäste waren überlegen. Die Gäste sagten, sie seien zufrieden.",
		"Der Tabellenvorletzte verlor. Der Tabellenvorletzte erklärte, man habe Pech gehabt. Die Gäste sagten, das Spiel sei fair gewesen.",
		"Die Gäste hätten gewonnen, hieß es. Die Gäste betonten, sie hätten Glück gehabt.",
	} {
		Extract(Doc{ID: "t", Body: body, Sentences: text.Split(body)})
	}
}
