package dev.dyad.core.ingest;

import dev.dyad.core.model.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The files named by a list of paths: a file stands for itself, a directory for the files below
 * it, sorted by path, without hidden files and directories (names starting with ".").
 *
 * <p>Only paths are collected, never contents, so a directory of thousands of articles costs a
 * list of paths. Symbolic links to directories are not followed (no cycles); links to files are.
 */
final class SourceFiles {

  /** One entry: a file to read, or a problem met while looking (a missing path, say). */
  record Entry(Path path, Optional<Problem> problem) {
    static Entry file(Path path) {
      return new Entry(path, Optional.empty());
    }

    static Entry failed(Path path, String message) {
      return new Entry(path, Optional.of(Problem.of(path.toString(), message)));
    }
  }

  private SourceFiles() {}

  static void forEach(List<Path> roots, Consumer<Entry> action) {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        action.accept(Entry.failed(root, "no such file or directory"));
      } else if (Files.isDirectory(root)) {
        walk(root, action);
      } else {
        action.accept(Entry.file(root));
      }
    }
  }

  private static void walk(Path dir, Consumer<Entry> action) {
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && isHidden(d)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // A link to a directory comes here as a file; skipping it keeps links unfollowed.
              if (!isHidden(file) && !attrs.isDirectory() && !Files.isDirectory(file)) {
                found.add(Entry.file(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(Entry.failed(file, "could not list (" + e + ")"));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(Entry.failed(dir, "could not list (" + e + ")"));
    }
    found.sort((a, b) -> a.path().compareTo(b.path()));
    found.forEach(action);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
