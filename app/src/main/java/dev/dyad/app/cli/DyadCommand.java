package dev.dyad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line: one subcommand per job. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Bilateral relations from the news: sourced events, agreements and profiles of country pairs.",
    subcommands = {IngestCommand.class, ExportCommand.class, ProfileCommand.class, ServeCommand.class,
        DemoCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new DyadCommand()).execute(args));
  }
}
