package org.tollrecon.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollrecon.extract.SentenceClaimExtractorTest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round-ups of many incidents are aggregate tolls; one incident's count stays an incident claim. */
class ScopeReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Nine people were wounded in 11 shootings across the county on Saturday.",
      "Three men were killed in separate shootings on the West Side overnight.",
      "2 dead, 7 hurt in weekend shootings",
      "Two people died in unrelated incidents on Friday, police said.",
      "A spate of shootings left four people dead and six wounded, police said.",
      "At least 12 people have been shot across the city since Friday evening.",
      "Violent night leaves 3 dead, 5 injured on the east side",
      "Thirty people were shot in the first 60 days of 2016, police said.",
      "20 people wounded in several Fourth of July shootings",
      "At least 30 other people were shot in separate attacks since Friday.",
      "Three shootings left six people wounded over three hours, police said.",
      "In the city, weekend gunfire kills 2, wounds 9",
      "18 people shot in Philly in 48-hour span",
      "Nine people have been shot in the city this month.",
  })
  void countsOverManyIncidentsAreAggregate(String sentence) {
    assertThat(read(sentence)).extracting(CasualtyClaim::scope).containsOnly(Scope.AGGREGATE).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The conflict in Yemen, which began in 2015, has killed more than 10,000 people.",
      "Tens of thousands of civilians have died in the civil war, the agency said.",
      "The war that erupted in 2011 has left 400,000 people dead.",
      "Some 60,000 people have been killed since an uprising against the junta began in 2021.",
      "The war has also displaced nearly four million people.",
  })
  void aWarsTollIsAggregate(String sentence) {
    assertThat(read(sentence)).extracting(CasualtyClaim::scope).containsOnly(Scope.AGGREGATE).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Two men were charged in connection with the shootings that wounded three people.",
      "Three people were wounded in the shootings outside the bar on Main Street.",
      "A man was shot across the street from the school, police said.",
      "Four people were shot at a party on Saturday night.",
      "In the first hours of the assault, 20 soldiers were killed.",
      "Twelve civilians were killed in the war-torn city of Taiz on Monday.",
      "Five workers were killed in the warehouse fire, the ministry said.",
      "Two men were shot outside a bar earlier this month, police said.",
  })
  void oneIncidentsCountStaysAnIncidentClaim(String sentence) {
    assertThat(read(sentence)).extracting(CasualtyClaim::scope).containsOnly(Scope.INCIDENT).isNotEmpty();
  }
}
