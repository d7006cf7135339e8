package cmd

import (
	"fmt"

	"github.com/spf13/cobra"
)

// evalCommands are the subcommands of "corpus eval"; each eval file adds
// its constructor from init.
var evalCommands []func(*globals) *cobra.Command

func registerEval(newCmd func(*globals) *cobra.Command) {
	evalCommands = append(evalCommands, newCmd)
}

func init() {
	register(func(g *globals) *cobra.Command {
		c := &cobra.Command{
			Use:   "eval",
			Short: "Measure extraction against gold data (ner, dates, seeds, claims, check)",
			Long: `eval measures what corpus extracts against hand-labelled data and prints
precision, recall and F1. Each subcommand names its data set.
` + exitStatusHelp,
			Args: cobra.ArbitraryArgs,
			RunE: func(c *cobra.Command, args []string) error {
				if len(args) > 0 {
					return fmt.Errorf("eval: unknown data set %q (see corpus eval --help)", args[0])
				}
				return c.Help()
			},
		}
		for _, newCmd := range evalCommands {
			c.AddCommand(newCmd(g))
		}
		return c
	})
}
