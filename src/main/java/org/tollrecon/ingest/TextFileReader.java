package org.tollrecon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads one {@code .txt} article file into a {@link RawRecord}: the id is the file name without its
 * extension, the text the file's bytes decoded strictly as UTF-8 (a leading byte-order mark dropped). Bytes
 * that are not valid UTF-8, or a file over the byte cap, give a defective record with the reason, so the
 * file is quarantined instead of read as garbage.
 */
public final class TextFileReader {
  /** Hard cap on bytes read from one file: protects memory; the screen applies the configured text limit. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private TextFileReader() {}

  /** Reads {@code in} (the file at {@code path}); the caller closes the stream. */
  public static RawRecord read(String path, InputStream in) throws IOException {
    String id = idOf(path);
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return defect(path, id, QuarantineReason.TOO_LONG.describe("file larger than " + MAX_BYTES + " bytes"), null);
    }
    try {
      String text =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new RawRecord(path, 0, id, null, null, null, null, text, null);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      return defect(path, id, QuarantineReason.UNDECODABLE_TEXT.describe("not valid UTF-8"), lenient);
    }
  }

  /** The article id of a file path: its name without directories and without the {@code .txt} ending. */
  public static String idOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static RawRecord defect(String path, String id, String reason, String excerpt) {
    return new RawRecord(path, 0, id, null, null, null, null, excerpt, reason);
  }
}
