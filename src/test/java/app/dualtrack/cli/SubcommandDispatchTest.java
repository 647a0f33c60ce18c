package app.dualtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Only the subcommand asked for is built, yet help, usage and "help NAME" still know every subcommand. */
class SubcommandDispatchTest {
    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(DualtrackCommand.commandLine("validate", "x.ladder.json").getSubcommands()).containsOnlyKeys("validate");
    }

    @Test
    void helpAndNoArgumentsBuildEverySubcommand() {
        String[] names = DualtrackCommand.SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toArray(String[]::new);
        assertThat(DualtrackCommand.commandLine("--help").getSubcommands()).containsOnlyKeys(names);
        assertThat(DualtrackCommand.commandLine().getSubcommands()).containsOnlyKeys(names);
        assertThat(DualtrackCommand.commandLine("help", "lint").getSubcommands()).containsOnlyKeys(names);
    }

    @Test
    void theUsageListsEverySubcommandAndHelpOfOneSubcommandWorks() {
        StringWriter out = new StringWriter();
        assertThat(DualtrackCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help")).isZero();
        assertThat(out.toString()).contains("validate", "lint", "export", "diff", "log", "git-diff", "outcomes", "kit");
        StringWriter lintHelp = new StringWriter();
        assertThat(DualtrackCommand.run(new PrintWriter(lintHelp), new PrintWriter(new StringWriter()), "help", "lint")).isZero();
        assertThat(lintHelp.toString()).contains("Usage: dualtrack lint");
    }

    @Test
    void anUnknownSubcommandIsRefusedWithAHint() {
        StringWriter err = new StringWriter();
        assertThat(DualtrackCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "lnit", "x.ladder.json"))
                .isEqualTo(DualtrackCommand.EXIT_REFUSED);
        assertThat(err.toString()).contains("dualtrack:").contains("--help");
    }
}
