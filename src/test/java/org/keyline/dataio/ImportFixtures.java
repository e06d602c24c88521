package org.keyline.dataio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CSV files for import tests: the fixtures in {@code src/test/resources/dataio} (exports
 * in the shape Salesforce and HubSpot write them) with {@code {run}} replaced by a token
 * no other test uses, since every test shares one database; and files written in a test.
 */
final class ImportFixtures {

	private static final AtomicInteger counter = new AtomicInteger();

	private ImportFixtures() {
	}

	/** A token that makes names unique to one test. */
	static String run() {
		return "r" + (System.nanoTime() % 1_000_000) + "x" + counter.incrementAndGet();
	}

	/** A fixture, with {@code {run}} replaced, as UTF-8 bytes. */
	static byte[] fixture(String name, String run) {
		try (InputStream in = ImportFixtures.class.getResourceAsStream("/dataio/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.replace("{run}", run).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines joined with CRLF (as Excel writes them), in an encoding. */
	static byte[] csv(Charset charset, String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
	}

	static byte[] utf8(String... lines) {
		return csv(StandardCharsets.UTF_8, lines);
	}

	static byte[] withBom(byte[] bytes) {
		byte[] out = new byte[bytes.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, out, 3, bytes.length);
		return out;
	}

}
