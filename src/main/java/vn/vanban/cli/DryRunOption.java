package vn.vanban.cli;

import picocli.CommandLine.Option;

/** --dry-run (a picocli mixin): the report of what would be written, and nothing written. */
final class DryRunOption {

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;
}
