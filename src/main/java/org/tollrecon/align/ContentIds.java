package org.tollrecon.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers derived from content, never from row order, so that the same input gives the same ids on
 * every run and unrelated input leaves them unchanged.
 */
public final class ContentIds {
  private ContentIds() {}

  /** {@code prefix-} followed by the first 12 hex digits of the SHA-256 of the parts joined by U+001F. */
  public static String of(String prefix, String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The story id of a syndication group, named after the smallest article id in it. */
  public static String storyId(String smallestArticleId) {
    return of("story", smallestArticleId);
  }
}
