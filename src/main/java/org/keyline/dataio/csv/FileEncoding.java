package org.keyline.dataio.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encodings an uploaded file is read in: told apart by a byte order mark, else by
 * whether the bytes are valid UTF-8 (Windows-1252, what Excel writes on Western Windows,
 * accepts any byte).
 */
public enum FileEncoding {

	UTF_8(StandardCharsets.UTF_8, 0), UTF_8_BOM(StandardCharsets.UTF_8, 3), UTF_16LE_BOM(StandardCharsets.UTF_16LE, 2),
	UTF_16BE_BOM(StandardCharsets.UTF_16BE, 2), WINDOWS_1252(Charset.forName("windows-1252"), 0);

	private final Charset charset;

	private final int bomLength;

	FileEncoding(Charset charset, int bomLength) {
		this.charset = charset;
		this.bomLength = bomLength;
	}

	public Charset charset() {
		return this.charset;
	}

	int bomLength() {
		return this.bomLength;
	}

}
