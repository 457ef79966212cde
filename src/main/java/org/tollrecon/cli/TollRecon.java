package org.tollrecon.cli;

public final class TollRecon {
  public static void main(String[] args) {}
}
