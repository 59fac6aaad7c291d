package io.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.core.article.RawArticle;
import io.newsflow.core.enrichment.Claim;
import io.newsflow.core.enrichment.SpeakerKind;
import io.newsflow.core.enrichment.Stance;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.nlp.CoreNlpEnricherFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attribution phenomena of wire and newspaper reporting, one short fictional text each, through
 * the real tagger (the models load once per class).
 */
class AttributedClaimsTest {
  private static ArticleEnricher enricher;

  @BeforeAll
  static void loadModels() {
    enricher = new CoreNlpEnricherFactory().create();
  }

  @Test
  void aSubjectSeparatedFromItsCueByAParticipialPhraseIsTheSpeaker() {
    List<Claim> claims = claims("The lawsuit, filed in the Harlow County Court by boatbuilder "
        + "Ines Varga and retired nurse Paul Lemaire, alleges that the refinery vented benzene "
        + "into the harbour for six years.");
    Claim claim = containing(claims, "vented benzene");
    assertThat(claim.cue()).isEqualTo("alleges");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(claim.stance()).isEqualTo(Stance.ALLEGATION);
  }

  @Test
  void aCapitalisedTimeWordEndingAnOutletsNameStaysInTheSpeaker() {
    List<Claim> claims = claims("Harbour Today reported that the ferry line would close in "
        + "May. Officials on Tuesday said the timetable was under review.");
    assertThat(containing(claims, "ferry line would close").speaker().text())
        .isEqualTo("Harbour Today");
    assertThat(containing(claims, "timetable was under review").speaker().text())
        .isEqualTo("Officials");
  }

  @Test
  void makingClearIsACueButNotMakingClearIsNot() {
    List<Claim> claims = claims("The ministry made it clear that the bridge would reopen in "
        + "June. The operator did not make it clear that the tolls would fall.");
    assertThat(containing(claims, "bridge would reopen").speaker().text())
        .isEqualTo("The ministry");
    assertThat(claims).noneMatch(c -> c.text().contains("tolls would fall"));
  }

  @Test
  void aRunOnTextOfCoordinatedVerbsIsAnalysedWithinBounds() {
    String runOn = "The council met on Monday. "
        + "and found that it rose ".repeat(800) + "and said the levy would rise.";
    assertThat(claims(runOn)).allSatisfy(c -> assertThat(c.text().length()).isLessThan(3_000));
  }

  @Test
  void aPersonSeparatedFromItsCueByAParticipleIsTheSpeaker() {
    List<Claim> claims = claims("Senator Ruth Calder, speaking to reporters in the capital, "
        + "insisted she had never met the lobbyist.");
    assertThat(containing(claims, "never met the lobbyist").speaker().entity())
        .isEqualTo("Ruth Calder");
  }

  @Test
  void aQuoteFollowedByALongAttributionIsAClaim() {
    List<Claim> claims = claims("“We lost our whole season,” Varga said at a news conference "
        + "outside the courthouse on Monday.");
    Claim claim = containing(claims, "We lost our whole season");
    assertThat(claim.speaker().text()).isEqualTo("Varga");
    assertThat(claim.cue()).isEqualTo("said");
  }

  @Test
  void aNegatedStatementByTheAccusedPartysChiefIsADenial() {
    List<Claim> claims = claims("A lawsuit accuses Pellam Refining of venting benzene into the "
        + "harbour.\n\nThe refinery did not vent anything into the harbour, said Pellam Refining "
        + "chief executive Joan Mirren.");
    Claim claim = containing(claims, "did not vent anything");
    assertThat(claim.speaker().entity()).isEqualTo("Joan Mirren");
    assertThat(claim.stance()).isEqualTo(Stance.DENIAL);
  }

  @Test
  void aDescribedSpeakerIsNeverAnotherOrganisation() {
    List<Claim> claims = claims("Pellam Refining said the claims were without merit.\n\n"
        + "The state health agency said it was reviewing the lawsuit.");
    Claim claim = containing(claims, "reviewing the lawsuit");
    assertThat(claim.speaker().text()).isEqualTo("The state health agency");
    assertThat(claim.speaker().entity()).isNotEqualTo("Pellam Refining");
  }

  @Test
  void theCompanyResolvesToTheCompanyNotToAnAgency() {
    List<Claim> claims = claims("The Coastal Safety Agency said Pellam Refining had missed two "
        + "inspections.\n\nThe company said it had passed every inspection since 2019.");
    assertThat(containing(claims, "passed every inspection").speaker().entity())
        .isEqualTo("Pellam Refining");
  }

  @Test
  void twoSpeakersInOneSentenceGiveTwoClaims() {
    List<Claim> claims = claims("Ana Ruiz, an economist at Dellmore Bank, said growth would "
        + "slow next year, while Tom Ekers of the Harbour Institute warned that exports had "
        + "fallen for three months.");
    assertThat(containing(claims, "growth would slow").speaker().entity()).isEqualTo("Ana Ruiz");
    assertThat(containing(claims, "exports had fallen").speaker().entity())
        .isEqualTo("Tom Ekers");
  }

  @Test
  void aSecondThatClauseIsASecondClaimOfTheSameSpeaker() {
    List<Claim> claims = claims("Pellam Refining said in a statement that the leak was small "
        + "and that no worker had been hurt.");
    Claim second = containing(claims, "no worker had been hurt");
    assertThat(second.text()).doesNotContain("the leak was small");
    assertThat(second.speaker().entity()).isEqualTo("Pellam Refining");
  }

  @Test
  void aNominalClaimWithANamedSpeakerIsAnAllegation() {
    List<Claim> claims = claims("Harlan's claim that the count was rigged was rejected by the "
        + "election board on Tuesday.");
    Claim claim = containing(claims, "claim that the count was rigged");
    assertThat(claim.speaker().text()).isEqualTo("Harlan");
    assertThat(claim.stance()).isEqualTo(Stance.ALLEGATION);
  }

  @Test
  void aPronounSpeakerIsThePersonNamedJustBeforeEvenWithoutAClaim() {
    List<Claim> claims = claims("Teodor Brask said the budget was sound.\n\nGreen Union leader "
        + "Mira Castell did not confirm the threat. “We will read the text first,” she said.");
    assertThat(containing(claims, "We will read the text first").speaker().entity())
        .isEqualTo("Mira Castell");
  }

  @Test
  void aNameMissingFromTheNameListTakesItsGenderFromThePronounAfterIt() {
    List<Claim> claims = claims("Yvonne Petrakas said her office had followed the law.\n\n"
        + "Oskar Veldmann of the Liberal Party said the count was fair.\n\n"
        + "“Every ballot was counted twice,” she said.");
    assertThat(containing(claims, "Every ballot was counted twice").speaker().entity())
        .isEqualTo("Yvonne Petrakas");
  }

  @Test
  void aParentheticalAttributionKeepsTheClaimAroundIt() {
    List<Claim> claims = claims("Clerk Dana Holt said the count would resume on Monday. The "
        + "late ballots, she said, had been set aside until a judge ruled.");
    Claim claim = containing(claims, "had been set aside");
    assertThat(claim.speaker().entity()).isEqualTo("Dana Holt");
    assertThat(claim.cue()).isEqualTo("said");
  }

  @Test
  void cueWordsThatReportNoClaimAreNotClaims() {
    List<Claim> claims = claims("Neither the agency nor the company would say how many "
        + "patients took the pills. The minister declined to say whether she would resign. "
        + "The board is expected to announce a decision in May.");
    assertThat(claims).isEmpty();
  }

  @Test
  void aProsecutorsQuotationIsAnAllegation() {
    List<Claim> claims = claims("“He sold his office to the highest bidder,” Assistant "
        + "District Attorney Maya Brandt told the jury.");
    assertThat(containing(claims, "He sold his office").stance()).isEqualTo(Stance.ALLEGATION);
  }

  @Test
  void aQuoteIntroducedWithAColonInTheParagraphBeforeIsAttributed() {
    List<Claim> claims = claims("Opposition leader Teodor Brask spoke after the vote.\n\n"
        + "Brask said:\n\n“The numbers do not add up, and the voters know it.”");
    assertThat(containing(claims, "The numbers do not add up").speaker().entity())
        .isEqualTo("Teodor Brask");
  }

  @Test
  void accordingToTheAccountsCitesThem() {
    List<Claim> claims = claims("The company has set aside 300 million pounds for compensation, "
        + "according to its latest accounts.");
    assertThat(containing(claims, "set aside 300 million").speaker().text())
        .isEqualTo("its latest accounts");
  }

  @Test
  void aSecondCueOfTheSameSubjectIsASecondClaim() {
    List<Claim> claims = claims("The economy ministry called the charge baseless and said the "
        + "steel industry had been profitable for three years.");
    Claim second = containing(claims, "had been profitable");
    assertThat(second.cue()).isEqualTo("said");
    assertThat(second.speaker().text()).isEqualTo("The economy ministry");
  }

  @Test
  void aQuoteAfterATrailingAttributionContinuesTheSpeaker() {
    List<Claim> claims = claims("“We came here in good faith,” Njoku said. “The door is not "
        + "closed.”");
    Claim second = containing(claims, "The door is not closed");
    assertThat(second.text()).doesNotContain("good faith");
    assertThat(second.speaker().text()).isEqualTo("Njoku");
  }

  @Test
  void anUrgedObjectWithItsInfinitiveIsTheContent() {
    List<Claim> claims = claims("The Harbour Pilots Guild urged both ferry operators to resume "
        + "talks before the holiday weekend.");
    Claim claim = containing(claims, "resume talks");
    assertThat(claim.cue()).isEqualTo("urged");
    assertThat(claim.speaker().text()).isEqualTo("The Harbour Pilots Guild");
  }

  @Test
  void aCallForAfterAnotherCueIsASecondClaim() {
    List<Claim> claims = claims("The Lakeland Tenants Union welcomed the ruling and called for "
        + "an independent review of every eviction since 2022.");
    assertThat(containing(claims, "independent review").cue()).isEqualTo("called");
  }

  @Test
  void aCueParticipleAfterAClauseIsAClaimOfItsSubject() {
    List<Claim> claims = claims("The Bank of Ardenne cut its main rate to 3 percent on Thursday, "
        + "saying inflation was falling faster than expected.");
    Claim claim = containing(claims, "inflation was falling");
    assertThat(claim.cue()).isEqualTo("saying");
    assertThat(claim.text()).doesNotContain("cut its main rate");
  }

  @Test
  void aPassiveReportingHedgeIsAnAllegationWithTheHedgeAsSource() {
    List<Claim> claims = claims("Mayor Ilse Brandt is said to have promised the contract to a "
        + "friend's company before the tender opened.");
    Claim claim = containing(claims, "promised the contract");
    assertThat(claim.stance()).isEqualTo(Stance.ALLEGATION);
    assertThat(claim.speaker().text()).isEqualTo("is said to");
  }

  @Test
  void aDefenceLawyersStatementsAreDenialsWithoutADenialCue() {
    List<Claim> claims = claims("Prosecutors accused Tomas Ruelle of stealing $4 million from "
        + "the Orvell pension fund. Ruelle has pleaded not guilty.\n\n"
        + "His lawyer, Nadia Ferrant, told jurors that Ruelle had been misled by his own "
        + "accountant. \"He trusted the wrong people,\" Ferrant said.");
    assertThat(containing(claims, "misled by his own accountant").stance())
        .isEqualTo(Stance.DENIAL);
    assertThat(containing(claims, "He trusted the wrong people").stance())
        .isEqualTo(Stance.DENIAL);
  }

  @Test
  void aProsecutorNamedBySurnameLaterStillAlleges() {
    List<Claim> claims = claims("Assistant District Attorney Mara Quint told jurors that the "
        + "defendant had forged the invoices.\n\n"
        + "\"He signed every one of them,\" Quint said.");
    assertThat(containing(claims, "He signed every one of them").stance())
        .isEqualTo(Stance.ALLEGATION);
  }

  @Test
  void aNegatedStatementBeforeAnyAllegationIsNoDenial() {
    List<Claim> claims = claims("\"We are not planning any job cuts this year,\" said Lena "
        + "Okoro, chief executive of Brannock Foods.\n\n"
        + "A lawsuit filed on Monday accuses Brannock Foods of hiding salmonella test results.");
    assertThat(containing(claims, "not planning any job cuts").stance())
        .isEqualTo(Stance.ASSERTION);
  }

  @Test
  void aDenialCueTakesAClaimNounAsItsObject() {
    List<Claim> claims = claims("Pellam Refining dismissed the criticism.");
    Claim claim = containing(claims, "the criticism");
    assertThat(claim.stance()).isEqualTo(Stance.DENIAL);
  }

  @Test
  void aVerbOfBeliefAttributesItsClause() {
    List<Claim> claims = claims("Several councillors in Harlow suspect the mayor timed the vote "
        + "to help a friend. Wary residents speculated that the developer had advance notice.");
    assertThat(containing(claims, "timed the vote").cue()).isEqualTo("suspect");
    assertThat(containing(claims, "advance notice").cue()).isEqualTo("speculated");
  }

  @Test
  void aDocumentRevealingAClauseWithoutThatIsASource() {
    List<Claim> claims = claims("Online records revealed the campaign's website had been "
        + "registered in October.");
    Claim claim = containing(claims, "had been registered");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void regulationsThatStateSomethingAreASource() {
    List<Claim> claims = claims("The new regulations state that venues in Tarrow must close "
        + "at midnight.");
    assertThat(containing(claims, "must close").speaker().kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void aTimePhraseBetweenSubjectAndCueKeepsTheSubject() {
    List<Claim> claims = claims("Health officials this week said the Dunmore clinic had run "
        + "out of vaccine.");
    assertThat(containing(claims, "run out of vaccine").speaker().text())
        .isEqualTo("Health officials");
  }

  @Test
  void aTimePhraseAfterTheCueIsNotTheContent() {
    List<Claim> claims = claims("Mayor Lina Ortez announced last Thursday that the Vell "
        + "bridge would close for repairs.");
    Claim claim = containing(claims, "would close");
    assertThat(claim.speaker().entity()).isEqualTo("Lina Ortez");
    assertThat(claim.cue()).isEqualTo("announced");
  }

  @Test
  void aSubjectPronounAfterWarnedStartsTheContent() {
    List<Claim> claims = claims("Fellow councillors warned they had the votes to override "
        + "the veto.");
    Claim claim = containing(claims, "had the votes");
    assertThat(claim.speaker().text()).isEqualTo("Fellow councillors");
  }

  @Test
  void aStringOfPeopleIsAPlausibleSource() {
    List<Claim> claims = claims("Mira Holt was pressed by a string of Liberal MPs who said "
        + "the rules had been rushed through.");
    assertThat(containing(claims, "rushed through").speaker().text()).contains("MPs");
  }

  @Test
  void aClauseFrontedAfterThatIsStillTheContent() {
    List<Claim> claims = claims("Privately, some legislators in Corvia are grumbling that, "
        + "had they known, they would have run for the seat.");
    assertThat(containing(claims, "would have run").cue()).isEqualTo("grumbling");
  }

  @Test
  void dataShowingThatAClauseHoldsIsAClaimOfTheData() {
    List<Claim> claims = claims("The Tarrow union published data showing that 6,000 lecturers "
        + "were on short contracts.");
    assertThat(containing(claims, "were on short contracts").speaker().kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void aWeakParticipleWithAColonGoesOnWithTheSubject() {
    List<Claim> claims = claims("Paul Varga spoke first. Mr Varga used his speech to warn "
        + "against haste, adding: “We can still get this right.”");
    assertThat(containing(claims, "get this right").speaker().entity()).isEqualTo("Paul Varga");
  }

  @Test
  void anInvertedSpeakerWithAHyphenatedModifierIsFound() {
    List<Claim> claims = claims("“The ruling changes everything,” noted Dover-based lawyer "
        + "Tom Reyes in an interview with the Eastern Post.");
    assertThat(containing(claims, "changes everything").speaker().entity())
        .isEqualTo("Tom Reyes");
  }

  @Test
  void theNameBeforeADescriptionAndARelativeClauseSpeaks() {
    List<Claim> claims = claims("Ana Brisk, the Labour MP for Eastfield, who backs the "
        + "report, said it showed the problem was growing.");
    assertThat(containing(claims, "problem was growing").speaker().entity())
        .isEqualTo("Ana Brisk");
  }

  @Test
  void aCueParticipleUsedAsAnAdjectiveIsNoClaim() {
    assertThat(claims("The region's confirmed caseload is nearly 9,000.")).isEmpty();
  }

  @Test
  void aSentenceCutAfterAnAbbreviationKeepsItsAccordingTo() {
    List<Claim> claims = claims("Some legislators might have saved Rep. Ana Loft (R-N.C.), "
        + "according to people who have spoken with them.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).text()).startsWith("Some legislators");
  }

  @Test
  void aSpeakerWithAnAcronymInBracketsIsFound() {
    List<Claim> claims = claims("A spokesperson for the Harbour and Coast Employers’ Union "
        + "(HCEU) said its members had cut the number of short contracts.");
    assertThat(containing(claims, "cut the number").speaker().text())
        .startsWith("A spokesperson for the Harbour");
  }

  @Test
  void whereAnInvertedSpeakerSpokeIsNoPartOfTheSpeaker() {
    List<Claim> claims = claims("“The ruling changes everything,” noted lawyer Tom Reyes in an "
        + "interview with the Eastern Post.");
    assertThat(containing(claims, "changes everything").speaker().text())
        .isEqualTo("lawyer Tom Reyes");
  }

  @Test
  void aPlaceBeforeBasedIsNotTheSpeakersName() {
    List<Claim> claims = claims("The Dorvan-based company said the recall covered two models.");
    assertThat(containing(claims, "recall covered").speaker().entity()).isNotEqualTo("Dorvan");
  }

  @Test
  void aContractedVerbAfterAPronounMakesAClause() {
    List<Claim> claims = claims("The vote went his way, for which Tomas Reyes said he’s "
        + "thankful.");
    assertThat(containing(claims, "thankful").speaker().entity()).isEqualTo("Tomas Reyes");
  }

  @Test
  void anInvertedDocumentWithAParticipleAfterItIsTheSource() {
    List<Claim> claims = claims("Thousands of lecturers in Tarrow are on precarious "
        + "contracts, says a report highlighting the rise of casual labour.");
    Claim claim = containing(claims, "precarious contracts");
    assertThat(claim.cue()).isEqualTo("says");
    assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void itIsUnderstoodThatIsAReportingHedge() {
    List<Claim> claims = claims("It is understood that the Corvia ban would also cover "
        + "relatives.");
    assertThat(containing(claims, "would also cover").cue()).isEqualTo("understood");
  }

  @Test
  void peopleUnderstoodToHaveWarnedAreTheSpeakers() {
    List<Claim> claims = claims("Treasury officials are understood to have warned the prime "
        + "minister that the Vell levy could deter investment.");
    Claim claim = containing(claims, "could deter investment");
    assertThat(claim.speaker().text()).isEqualTo("Treasury officials");
    assertThat(claim.cue()).isEqualTo("warned");
  }

  @Test
  void detailsOfADocumentAreTheDocument() {
    List<Claim> claims = claims("Details of the Harlow legislation have now revealed that the "
        + "fine can be quadrupled.");
    assertThat(containing(claims, "can be quadrupled").speaker().kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void madeClearThatIsACue() {
    List<Claim> claims = claims("The Harlow regulations make clear that fines can be imposed "
        + "for false reports. Mayor Ines Varga made it clear that she would not resign.");
    assertThat(containing(claims, "fines can be imposed").cue()).isEqualTo("make clear");
    assertThat(containing(claims, "would not resign").speaker().entity())
        .isEqualTo("Ines Varga");
  }

  @Test
  void toldToDoSomethingReportsNoClaim() {
    assertThat(claims("The new lecturer was given no training and told to read out old "
        + "notes.")).isEmpty();
  }

  @Test
  void aQuotationInsideAnInvertedSpeakersDescriptionIsNoSecondClaim() {
    List<Claim> claims = claims("Lecturers in Tarrow are on precarious contracts, says a "
        + "report highlighting the “rise of casual labour” in colleges.");
    assertThat(claims).hasSize(1);
  }

  @Test
  void aSpeakerAfterAnOpeningButWithAnAppositiveIsFound() {
    List<Claim> claims = claims("Leaders declined to comment. But Senator Ada Quell of the "
        + "Union Party, who sits on the committee, said the panel had been too slow.");
    assertThat(containing(claims, "too slow").speaker().entity()).isEqualTo("Ada Quell");
  }

  @Test
  void aCueCoordinatedAfterAThatClauseBelongsToTheMainSubject() {
    List<Claim> claims = claims("A review by the Tarrow audit office found that the tender had "
        + "followed the rules but noted that only two firms had bid.");
    assertThat(containing(claims, "only two firms").speaker().text()).doesNotContain("tender");
  }

  @Test
  void unnamedPeopleAreRecognisedByTheirNouns() {
    List<Claim> claims = claims("“The car turned east,” said a dispatcher on the police radio. "
        + "One-third of Corvian voters believe that the levy is unfair. The pair insisted "
        + "they never left. Fellow councilmembers warned they had the votes.");
    assertThat(containing(claims, "turned east").speaker().text()).contains("dispatcher");
    assertThat(containing(claims, "levy is unfair").cue()).isEqualTo("believe");
    assertThat(containing(claims, "never left").cue()).isEqualTo("insisted");
    assertThat(containing(claims, "had the votes").cue()).isEqualTo("warned");
  }

  @Test
  void aDemonstrativeSubjectStartsAClause() {
    List<Claim> claims = claims("Detectives believe this appears to be a case of a stolen car.");
    assertThat(containing(claims, "stolen car").cue()).isEqualTo("believe");
  }

  @Test
  void aProgressiveCueAfterAnAdverbIsFinite() {
    List<Claim> claims = claims("A public health expert in Dunmore is now warning that the "
        + "campus could see an outbreak.");
    assertThat(containing(claims, "could see an outbreak").cue()).isEqualTo("warning");
  }

  @Test
  void toldHowWithAClauseIsAStoryTold() {
    List<Claim> claims = claims("Martin Evers told the jury how his daughter had been days "
        + "away from a new job.");
    assertThat(containing(claims, "days away").speaker().entity()).isEqualTo("Martin Evers");
  }

  @Test
  void aTrailingAttributionBeforeADashEndsTheContent() {
    List<Claim> claims = claims("But the reality was the reverse, Ada Quell said -- her sister "
        + "had made her cry.");
    assertThat(containing(claims, "the reverse").speaker().entity()).isEqualTo("Ada Quell");
  }

  @Test
  void anOwnerNamedInPassingIsNotThePronounsAntecedent() {
    List<Claim> claims = claims("“I heard late on Tuesday,” said Wayne Kettle, who resigned "
        + "from Mark Dorsey's office. He said he was not deterred.");
    assertThat(containing(claims, "not deterred").speaker().entity()).isEqualTo("Wayne Kettle");
  }

  @Test
  void anOrganisationNamedAsAnOwnerIsNotItsAntecedent() {
    List<Claim> claims = claims("The Harlow Court of Appeal didn't agree with Brightline's "
        + "stance. It noted that the heater had been stored in a Brightline warehouse.");
    assertThat(containing(claims, "stored in").speaker().entity()).isNotEqualTo("Brightline");
  }

  @Test
  void aQuotationAfterAStatementAnnouncedIsTheAnnouncersClaim() {
    List<Claim> claims = claims("The ruling came on Thursday. Ruiz's lawyer, Ana Brisk, had a "
        + "short statement after the hearing. “Consumers across Tarrow will feel this.”");
    assertThat(containing(claims, "will feel this").speaker().entity()).isEqualTo("Ana Brisk");
  }

  @Test
  void aQuotationAfterASentenceWithoutAStatementIsNoClaim() {
    List<Claim> claims = claims("Ana Brisk had lunch after the hearing. “Nothing new,” the "
        + "menu read.");
    assertThat(claims).noneMatch(c -> "Ana Brisk".equals(c.speaker().entity()));
  }

  @Test
  void anOpeningTimePhraseIsNoPartOfTheSpeaker() {
    List<Claim> claims = claims("This week Dorvan Storage announced it had doubled the "
        + "capacity of its drives.");
    assertThat(containing(claims, "doubled").speaker().text()).isEqualTo("Dorvan Storage");
  }

  @Test
  void informedWithAnObjectAfterAClauseIsNoTrailingAttribution() {
    assertThat(claims("As this concerns a Corvian citizen, the Tarrow government has informed "
        + "the Corvian embassy of the arrest, as is usual.")).isEmpty();
  }

  @Test
  void aQuotedQuestionAfterANamedAskerIsAnAssertion() {
    List<Claim> claims = claims("The council met on Tuesday to discuss the bridge.\n\n"
        + "Councillor Ines Varga asked, “Who will pay for the repairs once the grant runs out?”");
    Claim claim = containing(claims, "Who will pay for the repairs");
    assertThat(claim.speaker().entity()).isEqualTo("Ines Varga");
    assertThat(claim.cue()).isEqualTo("asked");
    assertThat(claim.stance()).isEqualTo(Stance.ASSERTION);
  }

  @Test
  void aQuotedQuestionBeforeItsAskerIsAClaim() {
    List<Claim> claims = claims("Harbour Party leader Tomas Brandt said the vote was rushed.\n\n"
        + "“Why should anyone trust a budget written in one night?” Brandt wondered.");
    Claim claim = containing(claims, "written in one night");
    assertThat(claim.speaker().entity()).isEqualTo("Tomas Brandt");
    assertThat(claim.cue()).isEqualTo("wondered");
  }

  @Test
  void anIndirectQuestionIsNoClaim() {
    assertThat(claims("Councillor Ines Varga asked whether the grant would cover the repairs."))
        .isEmpty();
  }

  @Test
  void aReportersQuestionIsNoClaim() {
    assertThat(claims("Who will pay for the repairs once the grant runs out? The council has "
        + "not decided.")).noneMatch(c -> c.text().contains("Who will pay"));
  }

  @Test
  void askedWithAnObjectAndAQuotedWordIsNoClaim() {
    assertThat(claims("Councillor Ines Varga asked the mayor about the “bridge tax” on "
        + "Tuesday.")).isEmpty();
  }

  @Test
  void aCoordinationOfSpeakersSpeaksAsAWhole() {
    List<Claim> claims = claims("The levy vote is on Friday.\n\nFarmers, shop owners and retired "
        + "teachers said the new levy would hurt the town.");
    assertThat(containing(claims, "would hurt the town").speaker().text())
        .isEqualTo("Farmers, shop owners and retired teachers");
  }

  @Test
  void aCoordinationStopsWhereTheClauseOpens() {
    List<Claim> claims = claims("The levy vote is on Friday.\n\nIn Harlow County, farmers and "
        + "shop owners said the new levy would hurt the town.");
    assertThat(containing(claims, "would hurt the town").speaker().text())
        .isEqualTo("farmers and shop owners");
  }

  @Test
  void aDatelineDashIsNoPartOfTheSpeaker() {
    List<Claim> claims = claims("ORVILLE, Kestoria - Kestoria's National Assembly said on Monday "
        + "it would delay the vote.");
    assertThat(containing(claims, "delay the vote").speaker().text())
        .isEqualTo("Kestoria's National Assembly");
  }

  @Test
  void aPhraseWithAPossessivePronounAfterTheNameIsNoPartOfTheSpeaker() {
    List<Claim> claims = claims("The film opens in May.\n\nMarta Pitt of his cast said the "
        + "shoot had run late.\n\nThe court in its ruling said the contract was valid.");
    assertThat(containing(claims, "shoot had run late").speaker().text()).isEqualTo("Marta Pitt");
    assertThat(containing(claims, "contract was valid").speaker().text()).isEqualTo("The court");
  }

  @Test
  void aBritishSingleQuoteAroundContractionsIsAQuotation() {
    List<Claim> claims = claims("The minister defended the plan.\n\n‘We’ve done everything we "
        + "could,’ said Health Minister Ana Holt.\n\n‘I don’t think we’ve lost,’ Holt said.");
    assertThat(containing(claims, "We’ve done everything").speaker().entity())
        .isEqualTo("Ana Holt");
    assertThat(containing(claims, "we’ve lost").speaker().entity()).isEqualTo("Ana Holt");
  }

  @Test
  void anEmphaticReflexiveLeavesTheNameAsSpeaker() {
    List<Claim> claims = claims("The board met in July.\n\nAs Varga herself said, “The most "
        + "important thing is that I not be the last.”");
    assertThat(containing(claims, "not be the last").speaker().text()).isEqualTo("Varga");
  }

  @Test
  void aCallForCalmAfterATimeWordIsAClaim() {
    List<Claim> claims = claims("The port was closed.\n\nHarbour Governor Ana Ruiz Thursday "
        + "called for calm after police arrested the mayor.\n\nThe governor called for “calm "
        + "at this time”.");
    assertThat(containing(claims, "Thursday called for calm").speaker().entity())
        .isEqualTo("Ana Ruiz");
    assertThat(containing(claims, "calm at this time").cue()).isEqualTo("called");
  }

  @Test
  void aParticipleWithTheMainVerbAfterItIsNoCue() {
    assertThat(claims("The port was closed.\n\nThe man called for questioning was released on "
        + "Monday.")).isEmpty();
  }

  @Test
  void aParentheticalAdverbBetweenSubjectAndCueKeepsTheSubject() {
    List<Claim> claims = claims("The board met in July.\n\nThe department, however, said it "
        + "could not answer anything until September.");
    assertThat(containing(claims, "could not answer").speaker().text()).isEqualTo("The department");
  }

  @Test
  void aTrustIsAnOrganisationThatSpeaks() {
    List<Claim> claims = claims("The board met in July.\n\nThe trust urged the county to honour "
        + "the plan.");
    assertThat(containing(claims, "honour the plan").speaker().text()).isEqualTo("The trust");
  }

  @Test
  void theQuestionPutToASpeakerIsNoPartOfTheirClaim() {
    List<Claim> claims = claims("The board met in July.\n\nAsked why he backed the plan, Ekers "
        + "said, \"It is the only plan we have.\"");
    Claim claim = containing(claims, "the only plan we have");
    assertThat(claim.speaker().text()).isEqualTo("Ekers");
    assertThat(claims).noneMatch(c -> c.text().startsWith("Asked") && c.text().endsWith(","));
  }

  @Test
  void aQuotationAfterAsSpeakerSaidIsTheSpeakersClaim() {
    List<Claim> claims = claims("The board met in July.\n\nShe is the first judge from the "
        + "valley, but as Varga herself said, “The most important thing is that I not be the "
        + "last.”");
    assertThat(containing(claims, "not be the last").speaker().text()).isEqualTo("Varga");
  }

  @Test
  void aCallOnSomeoneWithAParticleIsAClaimButACallOnADayIsNot() {
    List<Claim> claims = claims("Mayor Tom Ekers said the rent cap failed.\n\nHe called on "
        + "lawmakers to act.\n\nHe called on Monday.");
    assertThat(containing(claims, "lawmakers to act").speaker().entity()).isEqualTo("Tom Ekers");
    assertThat(claims).noneMatch(c -> c.text().contains("on Monday"));
  }

  @Test
  void anAdverbBetweenCommasAfterTheCueKeepsTheThatClause() {
    List<Claim> claims = claims("Chief executive Tom Ekers said sales rose.\n\nHe cautioned, "
        + "however, that customers were cutting orders.");
    assertThat(containing(claims, "cutting orders").cue()).isEqualTo("cautioned");
  }

  @Test
  void whatASpeakerCallsSomethingAfterAnAppositiveIsTheirClaim() {
    List<Claim> claims = claims("The bank cut jobs.\n\nDock Union, the union that represents "
        + "most of the port’s staff, called the plan ‘obscene’.");
    assertThat(containing(claims, "obscene").speaker().text()).isEqualTo("Dock Union");
  }

  private static List<Claim> claims(String text) {
    return enricher.enrich(article(text)).claims();
  }

  private static Claim containing(List<Claim> claims, String key) {
    Optional<Claim> found = claims.stream().filter(c -> c.text().contains(key)).findFirst();
    assertThat(found).as("claim containing '%s' among %s", key, claims).isPresent();
    return found.get();
  }

  private static RawArticle article(String text) {
    return new RawArticle(RawArticle.SCHEMA_VERSION, "test", 1, false, "https://example.test/a",
        "https://example.test/a", "test", "example.test", Instant.parse("2026-03-04T10:00:00Z"),
        "hash", null, text, List.of(), OffsetDateTime.parse("2026-03-04T09:00:00Z"), null, "en",
        null, null, null, List.of(), null, false);
  }
}
