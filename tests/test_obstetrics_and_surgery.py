"""Causes found in the read corpora of session 27, tested here in other words.

From corpus_heldout_163 (obstetrics and perinatal care): the glucose tolerance test as Quebec spells it (HGOP); a
result told to its patient with what it says before the value in parentheses ("Votre glycémie est élevée (7,4
mmol/L)"); oral iron by its salts and Canadian brands; a
gestational age as the pregnant woman says it ("je suis à 33 semaines"); a mother seen with her baby ("avec son
bébé de 21 jours"); whom a colleague is asked to see ("could you pop in to see F. Saleh"); a lower-case full name
opening a Subject before a field of care, its family name in no list ("yasmine haddadi — suivi"). Nobody's patient:
an employee whose return to work the words before the name announce ("Graduated return to work for ...").

Left over from corpus_heldout_155 and _159 (read in session 26): a child named in lower case after the word a parent
signs with ("maman de léa tremblay", "mom of noah benoit"); a lower-case full name right after a one-line note's
greeting to a colleague ("Hi Emeka, aurèle bédard in 4 has new onset AFib").
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.recognizers.lab_result import LabResultRecognizer
from sentinelle.classifiers.recognizers.medication import MedicationRecognizer
from sentinelle.classifiers.types import (
    CA_HEALTH_NUMBER,
    DIAGNOSIS,
    FR_NIR,
    LAB_RESULT,
    MEDICATION,
    PATIENT_NAME,
    Segment,
)


@pytest.mark.parametrize("body", [
    "Elle fait encore de la fièvre malgré l'amoxicilline depuis trois jours.\n\nKarine Dubois, maman de léa tremblay",
    "He still wheezes at night on salbutamol.\n\nThanks, Jen (mom of noah benoit)",
    "Bonjour, son eczéma est revenu malgré l'hydrocortisone. Le papa de william côté",
])
def test_a_child_named_in_lower_case_after_the_word_a_parent_signs_with(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Merci pour la formation sur l'asthme.\n\nKarine, maman de deux ados et infirmière au GMF",
    "Salbutamol shortage: pharmacy suggests terbutaline.\n\nJen, mom of three",
])
def test_a_parents_word_before_no_name_makes_no_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "Hi Priya, helen roy in 7 has new rapid AFib, started on diltiazem.",
    "Salut Mathieu, denis gagnon au lit 12 a fait une chute cette nuit, INR 3,8.",
    "Bonjour Julie, marie lavoie, ddn 1950-03-02, hypokaliémie K 2,9 à recontrôler.",
])
def test_a_lower_case_full_name_after_a_greeting_to_a_colleague(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Hi Priya, quick question on the rapid AFib protocol: diltiazem or metoprolol first?",
    "Salut Mathieu, merci pour ta présentation sur les chutes et l'INR cible.",
    "Bonjour Julie, voici le guide sur l'hypokaliémie pour la réunion.",
])
def test_a_greeting_then_prose_names_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("text", [
    "Votre glycémie à jeun est élevée (7,4 mmol/L), on en reparle lundi.",
    "Your potassium was slightly high (5.6 mmol/L) on Tuesday.",
    "Ta TSH est revenue normale (2,1 mUI/L).",
    "Votre HGOP est anormale (2 h : 9,1 mmol/L).",  # (Quebec's spelling of the OGTT)
])
def test_a_result_told_with_its_verdict_before_the_value(text: str) -> None:
    assert any(f.type == LAB_RESULT for f in LabResultRecognizer().recognize(Segment("body", text)))


@pytest.mark.parametrize("text", [
    "Ferritin is low (< 30 ug/L) in iron deficiency without anaemia.",
    "La glycémie est élevée (voir le tableau 2) chez les diabétiques.",
    "La ferritine est basse (15-30 µg/L) dans la carence sans anémie.",
])
def test_a_verdict_before_a_threshold_or_a_reference_reads_no_value(text: str) -> None:
    found = LabResultRecognizer().recognize(Segment("body", text))
    assert not any("numeric value" in f.explanation for f in found), found


@pytest.mark.parametrize("text", ["Commencer fumarate ferreux 300 mg die.", "Start ferrous gluconate 300 mg daily.",
                                  "Prendre FeraMAX 150 au coucher.", "Fer-In-Sol drops for the baby."])
def test_oral_iron_is_a_medication(text: str) -> None:
    assert any(f.type == MEDICATION for f in MedicationRecognizer().recognize(Segment("body", text)))


@pytest.mark.parametrize("body", [
    "Bonjour, ici Chantal Fortin, je suis rendue à 36 semaines et j'ai perdu mes eaux. Dois-je venir ?",
    "Bonjour, ici Chantal Fortin, je suis à 36 semaines, j'ai des saignements. Dois-je venir ?",
])
def test_a_gestational_age_said_by_the_woman_herself(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and DIAGNOSIS in counted, counted


@pytest.mark.parametrize("body", [
    "Je suis à 12 semaines de la retraite, dit Chantal Fortin au comité.",
    "Chantal Fortin: je suis à 36 semaines de congé cette année.",
])
def test_weeks_before_something_else_are_no_pregnancy(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and DIAGNOSIS not in counted, counted


@pytest.mark.parametrize("body", [
    "J'ai rencontré Amira Toussaint hier avec son nouveau-né.\n- mastite droite\nDébuter céfalexine 500 mg QID ?",
    "I saw Grace Whitfield today with her 12-day-old.\n- cracked nipples, mastitis on the left\nStart cephalexin?",
])
def test_a_mother_seen_with_her_baby_is_a_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleague_congratulated_on_her_baby_is_no_patient() -> None:
    confidential, counted = inspect_text("Félicitations à Amira Toussaint pour la naissance de son bébé! "
                                         "Elle reviendra après son congé; la formation sur la mastite est reportée.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", ["Could you look in on K. Brennan in bed 3? New onset preeclampsia, BP 162/104.",
                                  "Can you see R. Okafor before noon? Rh negative, needs WinRho today."])
def test_whom_a_colleague_is_asked_to_see(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_speakers_talk_to_see_is_no_patient() -> None:
    confidential, counted = inspect_text("Come see R. Okafor's talk on preeclampsia, Thursday noon, room B.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("subject", ["yasmine haddadi — suivi", "RE: fatima zerrouki - results"])
def test_a_lower_case_name_opening_a_subject_before_a_field_of_care(subject: str) -> None:
    confidential, counted = inspect_text("Résultats reçus : TSH 6,1 mUI/L, hypothyroïdie. Peux-tu la rappeler ?",
                                         subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("subject", ["garde montante — suivi", "formation continue — résultats"])
def test_lower_case_words_before_a_field_of_care_are_no_name(subject: str) -> None:
    confidential, counted = inspect_text("Résultats du sondage : TSH et hypothyroïdie au programme.", subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "Gradual return to work for Denise Paquin from Monday (after a rotator cuff tear): 4 h a day, no lifting.",
    "Retour progressif au travail de Denise Paquin dès lundi (déchirure de la coiffe) : 4 h par jour.",
])
def test_an_employees_return_to_work_announced_before_the_name(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_patients_return_to_work_form_is_still_a_patients() -> None:
    confidential, counted = inspect_text("Return to work form for Denise Paquin, my patient, after her rotator cuff "
                                         "tear: 4 h a day for two weeks.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("subject", ["Bouchard F. / K+ this am", "RE: Dos Santos L. — INR", "Post-op Nadeau R.",
                                     "Pré-op Gauthier S."])
def test_a_family_name_and_initial_filling_the_subjects_first_field(subject: str) -> None:
    confidential, counted = inspect_text("INR 2.4 this morning despite holding warfarin for 5 days; vitamin K 2 mg PO?",
                                         subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("subject", ["Plan B. / next steps", "Vitamin D. - update", "Budget Q. / INR machines"])
def test_a_word_and_a_letter_in_the_subjects_first_field_are_no_name(subject: str) -> None:
    confidential, counted = inspect_text("INR 2.4 this morning despite holding warfarin for 5 days; vitamin K 2 mg PO?",
                                         subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", ["can you swing by gagnon m. in rm 12 tonight? POD2 hemicolectomy, fever 38.7",
                                  "peux-tu voir r. tremblay au 418 ce soir? J1 cholécystectomie, fièvre 38,6"])
def test_a_lower_case_family_name_and_initial_to_see_then_the_room(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


WARD_LIST = ("Liste de garde\nLit\tPatient\tÂge\tProblème\n4C-11\tFORTIN Gilles\t77M\tJ2 colectomie gauche\n"
             "4C-14\tNOLET, Marie\t64F\tJ1 cholécystectomie\n")


def test_a_wards_patient_list_under_an_on_call_title() -> None:
    confidential, counted = inspect_text(WARD_LIST)
    assert confidential and PATIENT_NAME in counted, counted


def test_an_on_call_schedule_under_the_same_title_names_staff() -> None:
    text = "Liste de garde\nDate\tMédecin\tInfirmière\n12 janv.\tGilles Fortin\tMarie Nolet\n"
    confidential, counted = inspect_text(text + "Rappel : formation sur la colectomie jeudi.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("text", ["Créat. 149 µmol/L ce matin", "Hb. 82 g/L post-op"])
def test_a_tests_abbreviation_with_its_period(text: str) -> None:
    assert any(f.type == LAB_RESULT for f in LabResultRecognizer().recognize(Segment("body", text)))


def test_a_sentence_ending_on_a_test_is_no_result() -> None:
    text = "Nous avons revu le dosage de la créatinine. 149 personnes ont répondu au sondage."
    assert not any(f.type == LAB_RESULT for f in LabResultRecognizer().recognize(Segment("body", text)))


@pytest.mark.parametrize("text", ["exérèse d'un lipome de l'épaule", "excision of a sebaceous cyst",
                                  "fibroadénome du sein gauche", "hidradenitis suppurativa flare"])
def test_benign_lesions_by_their_common_names(text: str) -> None:
    assert any(f.type == DIAGNOSIS for f in DiagnosisRecognizer().recognize(Segment("body", text)))


SENDER, RECIPIENT = "Jennifer Roy <jroy@chdr.example>", "Karim Patel <kpatel@chdr.example>"


def test_the_writer_of_a_colleagues_message_forwarded_inline_is_staff() -> None:
    body = ("Bonjour Karim,\nÀ traiter svp.\n\n-------- Message transféré --------\n"
            "De : Maxime Ouellet <maxime.ouellet@chdr.example>\nObjet : Démonstration\n\n"
            "Bonjour,\nJe vous propose une démonstration de notre pansement pour plaies chroniques et ulcères "
            "de pression.\n\nMaxime Ouellet\nVentes, Québec-Est\nCell. 514-555-0177\n")
    confidential, counted = inspect_mail(outbound_mail(SENDER, RECIPIENT, "TR: Démonstration", body))
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_patients_message_forwarded_inline_still_names_the_patient() -> None:
    body = ("Peux-tu la rappeler?\n\n-------- Message transféré --------\n"
            "De : Maxime Ouellet <max.ouellet77@courriel.example>\nObjet : Ma plaie\n\n"
            "Bonjour, ma plaie au pied coule encore depuis ma chirurgie et j'ai de la fièvre.\n\nMaxime Ouellet\n")
    confidential, counted = inspect_mail(outbound_mail(SENDER, RECIPIENT, "TR: Ma plaie", body))
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleague_asked_to_proofread_a_patient_handout_is_no_patient() -> None:
    body = ("Hi Nadia,\nHere is the draft handout, please proofread before it goes to the printer.\n\n"
            "After your hernia repair\nPain: acetaminophen 1 g every 6 h. Call us if you have a fever.\n")
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_patient_greeted_about_their_own_surgery_still_is() -> None:
    body = ("Hi Nadia,\nYour hernia repair is booked for May 3. Please stop your ibuprofen 5 days before your "
            "surgery.\n")
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_tickets_reference_is_no_referral() -> None:
    body = ("Do not click the link.\nTicket reference: INC4471920.\nYannick Boivin\nIT Services\n"
            "12, rue des Pins, Rimouski\nTel. 418-555-0100")
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_counts_beside_the_sentinel_lymph_node_are_no_disguised_number() -> None:
    text = ("Intervention\tEn attente\t> 1 an\tDélai\t%\n"
            "mastectomie partielle avec ganglion sentinelle\t145\t42\t299\t13 %\n")
    confidential, counted = inspect_text(text)
    assert not confidential and CA_HEALTH_NUMBER not in counted, counted


def test_a_staff_tables_rows_with_a_part_time_status_stay_staff() -> None:
    text = ("Name\tEmployee #\tDate of birth (pension)\tStatus\n"
            "Rachel Whitmore\t184096\t1970-12-27\tPT 0.8\nJenna Kowalczyk\t169425\t1983-08-10\tPT 0.6\n"
            "Fiona McCreary\t115154\t1990-04-12\tFT\n")
    confidential, counted = inspect_text(text)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_suppliers_representative_signing_with_a_cell_number_is_no_patient() -> None:
    body = ("Bonjour,\nJe vous propose une démonstration de notre système de pansement pour plaies chirurgicales "
            "le 5 mai, avant la chirurgie du matin.\nMaxime Ouellet\nVentes, Québec-Est\nOrthosupply inc.\n"
            "Cell. 514-555-0177\n")
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_patient_who_works_in_sales_still_is_one() -> None:
    confidential, counted = inspect_text("Marc Roy, 54 ans, ventes chez un concessionnaire, admis pour un NSTEMI.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Sign-out:\n4N-12   marie tremblay    66F  NSTEMI, troponin rising\nCCU-3   paul gagnon   71M  AF with RVR",
    "Relève :\n512-2   lise bouchard   81 F   pneumonie, O2 2 L\n514   roger côté   77 H   IRA sur IRC",
])
def test_a_lower_case_sign_out_roster_opened_by_beds(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_rooms_list_of_meetings_is_no_roster() -> None:
    confidential, counted = inspect_text("Salles :\nA-12   formation continue   12 m   protocole NSTEMI\n"
                                         "B-4   comité qualité   8 m   suivi des chutes")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "jean,\nm. gagnon a appelé ce matin, 2 chocs pendant la nuit. prend sotalol 80 bid. dernier K 3,3.\nm.",
    "paula - r. tremblay called, felt a shock at work.\nno syncope. on amio 200. last K 3.4.\n- k",
])
def test_a_lower_case_initial_and_family_name_that_called(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_lower_case_initial_of_a_signature_is_no_caller() -> None:
    body = "jean,\nj'ai revu le protocole du sotalol et du K 3,3 pour la formation.\nm. gagnon\n"
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", ["Hey Paul,\nRachel in CCU 2 had a 20-beat run of VT, metoprolol increased.",
                                  "Salut,\nDenise à l'USI 4 a fait de la FA rapide, diltiazem débuté."])
def test_a_given_name_in_a_units_bed(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("text", ["Moved to palliative care, please remove her from the rehab list.",
                                  "Elle est passée en soins palliatifs hier soir.", "He is now on comfort care."])
def test_moved_to_palliative_or_comfort_care(text: str) -> None:
    assert any(f.type == DIAGNOSIS for f in DiagnosisRecognizer().recognize(Segment("body", text)))


def test_the_palliative_care_units_name_is_no_care_event() -> None:
    text = "The palliative care unit moved to the 5th floor; referrals to palliative care go through the portal."
    assert not any(f.type == DIAGNOSIS and "care event" in f.explanation
                   for f in DiagnosisRecognizer().recognize(Segment("body", text)))


def test_whoever_leads_a_groups_slot_on_a_schedule_is_staff() -> None:
    body = ("Horaire des groupes :\nLundi 9 h — Groupe A (insuffisance cardiaque) — Nathalie Giroux\n"
            "Mardi 13 h — Atelier (diabète et alimentation) — Francine Roy\n")
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_booking_line_ending_with_a_patient_still_names_one() -> None:
    body = "Bloc de lundi :\nLundi 8 h — cholécystectomie laparoscopique — Nathalie Giroux\n"
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_greetings_name_and_the_next_lines_first_word_are_no_name() -> None:
    confidential, counted = inspect_text("Hey Jacques-Yves,\nRachel said the metoprolol talk moved to Friday.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_lower_case_name_before_a_subjects_slash() -> None:
    confidential, counted = inspect_text("Labos : Hb 98, neutro 0,6. Je propose de reporter le FOLFOX d'une semaine.",
                                         subject="monique gagnon / neutropénie")
    assert confidential and PATIENT_NAME in counted, counted


def test_an_initial_without_its_period_before_a_birth_date() -> None:
    confidential, counted = inspect_text("TDM thorax de R Haddad, DDN: 1951-02-14 : embolie pulmonaire incidente.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Sophie Caron, IPO en cancer du sein, a reçu le prix Reconnaissance pour la clinique d'accès rapide au cancer.",
    "Sophie Caron, our breast cancer nurse navigator, received the Recognition award for the chemotherapy clinic.",
])
def test_a_pivot_nurse_by_her_title_is_no_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_whom_a_colleague_covers_for_is_staff() -> None:
    body = "Reminder: Mr. Giroux is covering the chemotherapy teaching for Ms. Lacasse until January (breast cancer)."
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "You are invited to the meeting on May 3.\nApproval of agenda\nFOLFOX dose-banding review - Ms. Lacasse\n",
    "Ordre du jour :\n* Révision du protocole de trastuzumab - Mme Lacasse\n* Varia\n",
])
def test_who_presents_a_meetings_agenda_item_is_staff(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_operating_lists_line_ending_with_a_patient_still_names_one() -> None:
    body = "Liste opératoire de lundi :\n* Mastectomie partielle pour cancer du sein - Mme Lacasse\n"
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_an_infusion_sets_filter_is_no_mail_filter() -> None:
    text = ("Rappel des lots (risque de fissure du filtre en ligne) :\n"
            "Tubulure, filtre 0,2 um  MI-4270  70014497456  2025-08-14\n")
    confidential, counted = inspect_text(text)
    assert not confidential and FR_NIR not in counted, counted


def test_a_number_spaced_to_get_past_the_mail_filter_stays_disguised() -> None:
    confidential, counted = inspect_text("NIR espacé pour que le filtre du courriel ne le bloque pas : "
                                         "1 85 05 78 006 084 91")
    assert confidential and FR_NIR in counted, counted


@pytest.mark.parametrize("body", [
    "Ordre du jour :\n1. Néo du sein, dossier no 4471820 - Mme Lacasse\n2. Varia\n",
    "Meeting invitation\nSummary: Rencontre de famille - Mme Lacasse\nDescription: cancer du sein métastatique\n",
])
def test_an_agenda_item_about_someones_care_still_names_the_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted
