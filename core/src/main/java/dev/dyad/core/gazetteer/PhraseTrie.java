package dev.dyad.core.gazetteer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded words that maps word sequences ("republic", "of", "korea") to values.
 * Filled once while loading, read-only afterwards, so safe to share between threads.
 */
final class PhraseTrie<T> {

  /** One node: the words that may follow, and the values of the phrase that ends here. */
  static final class Node<T> {
    private final Map<String, Node<T>> next = new HashMap<>(4);
    private final List<T> values = new ArrayList<>(1);

    Node<T> child(String word) {
      return next.get(word);
    }

    List<T> values() {
      return values;
    }
  }

  private final Node<T> root = new Node<>();

  void put(List<String> words, T value) {
    Node<T> node = root;
    for (String w : words) {
      node = node.next.computeIfAbsent(w, k -> new Node<>());
    }
    node.values.add(value);
  }

  /** The values stored under exactly these words; empty if none. */
  List<T> get(List<String> words) {
    Node<T> node = root;
    for (int i = 0; i < words.size() && node != null; i++) {
      node = node.next.get(words.get(i));
    }
    return node == null ? List.of() : node.values;
  }

  /** Orders the values of every phrase, so that the first acceptable one is the preferred one. */
  void sortValues(Comparator<? super T> order) {
    ArrayDeque<Node<T>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Node<T> node = todo.pop();
      node.values.sort(order);
      todo.addAll(node.next.values());
    }
  }

  Node<T> root() {
    return root;
  }
}
