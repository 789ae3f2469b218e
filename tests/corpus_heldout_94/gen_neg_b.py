"""Negative templates, part B: clinical-sounding mail with no identifiable patient."""
import datetime as dt

import gen_common as C
import gen_data as D
import gen_ids as I
from gen_neg_a import _spec, team


# ---------------------------------------------------------------- N11 newsletter
def newsletter(ctx, lang):
    rng = ctx.rng
    frm = ("Bulletin Santé publique Montréal" if lang == "fr" else "Montreal Public Health Bulletin", f"bulletin@{D.PH_DOMAIN}")
    n1, n2 = rng.randrange(180, 420), rng.randrange(12, 60)
    if lang == "fr":
        topic = rng.choice([
            ("Syphilis : la hausse se poursuit", f"En 2024, {n1} cas de syphilis infectieuse ont été déclarés à Montréal, dont "
             f"{n2} chez des femmes en âge de procréer. Deux cas de syphilis congénitale ont été rapportés. Rappel : dépistage "
             f"à chaque trimestre de grossesse et traitement des partenaires."),
            ("Mpox : vaccination", f"La vaccination Imvamune demeure offerte aux personnes à risque. {n1} doses administrées "
             f"au dernier trimestre; aucun nouveau cas depuis 6 semaines."),
            ("Nitazènes détectés", f"Le programme de vérification des drogues a détecté des nitazènes dans {n2} échantillons vendus "
             f"comme « oxy 80 ». Ces opioïdes sont plus puissants que le fentanyl; plusieurs doses de naloxone peuvent être nécessaires."),
            ("Hépatite C : traiter tôt", f"{n1} personnes ont amorcé un traitement antiviral du VHC dans la région en 2024. "
             f"Les AAD (sofosbuvir/velpatasvir, glécaprévir/pibrentasvir) guérissent plus de 95 % des personnes."),
        ])
        body = (f"BULLETIN ITSS ET DÉPENDANCES – no {rng.randrange(30, 90)}\n\n{topic[0].upper()}\n\n{topic[1]}\n\n"
                f"AUSSI DANS CE NUMÉRO\n- Formation naloxone pour les organismes communautaires\n- Nouveaux sites de dépistage "
                f"sans rendez-vous\n- Calendrier des webinaires\n\nPour vous désabonner, répondez « DÉSABONNER ».")
        subj = f"Bulletin ITSS et dépendances – {topic[0]}"
    else:
        topic = rng.choice([
            ("Syphilis keeps rising", f"In 2024, {n1} infectious syphilis cases were reported in Montreal, {n2} among women of "
             f"reproductive age. Screen in every trimester and treat partners."),
            ("Nitazenes detected", f"Drug checking detected nitazenes in {n2} samples sold as 'oxy 80'. Multiple naloxone doses may be needed."),
            ("Hepatitis C: treat early", f"{n1} people started DAA therapy in the region in 2024; cure rates exceed 95%."),
        ])
        body = (f"STBBI & SUBSTANCE USE BULLETIN – issue {rng.randrange(30, 90)}\n\n{topic[0].upper()}\n\n{topic[1]}\n\n"
                f"ALSO IN THIS ISSUE\n- Naloxone training for community groups\n- New walk-in testing sites\n- Webinar calendar\n\n"
                f"To unsubscribe, reply UNSUBSCRIBE.")
        subj = f"STBBI & Substance Use Bulletin – {topic[0]}"
    return _spec("newsletter", lang, subj, frm, [team(lang)], body, "public health newsletter with aggregate figures")


# ---------------------------------------------------------------- N12 toxic supply alert
def drug_alert(ctx, lang):
    rng = ctx.rng
    frm = C.st(rng.choice(["Mitchell", "Nguyen"]))
    n = rng.randrange(5, 19)
    if lang == "fr":
        body = (f"ALERTE – APPROVISIONNEMENT TOXIQUE\n\nDans les 72 dernières heures, {n} surdoses dont {rng.randrange(1, 4)} "
                f"décès ont été signalées dans les secteurs Centre-Sud et Hochelaga. Substance en cause : poudre "
                f"{rng.choice(['mauve', 'verte', 'blanche'])} vendue comme « down », contenant fentanyl, bromazolam et xylazine.\n\n"
                f"Recommandations : ne pas consommer seul, utiliser le SCS ({D.SCS_PHONE}), garder la naloxone à portée de main, "
                f"faire une dose test. La xylazine ne répond pas à la naloxone : ventiler et appeler le 911.\n\nDiffusion large autorisée.")
        subj = "ALERTE – approvisionnement toxique Centre-Sud"
    else:
        body = (f"ALERT – TOXIC DRUG SUPPLY\n\nIn the last 72 hours, {n} overdoses including {rng.randrange(1, 4)} deaths were reported in "
                f"Centre-Sud and Hochelaga. Suspected substance: {rng.choice(['purple', 'green', 'white'])} powder sold as 'down' "
                f"containing fentanyl, bromazolam and xylazine.\n\nDon't use alone, use the SCS ({D.SCS_PHONE}), carry naloxone, "
                f"start low. Xylazine does not respond to naloxone: ventilate and call 911.\n\nPlease share widely.")
        subj = "ALERT – toxic drug supply Centre-Sud"
    body += "\n\n" + C.signature(rng, frm, lang)
    return _spec("drug_alert", lang, subj, frm.who(lang), [team(lang)], body, "toxic drug supply alert, aggregate")


# ---------------------------------------------------------------- N13 drug shortage
def drug_shortage(ctx, lang):
    rng = ctx.rng
    ph = C.st("Tessier")
    drug = rng.choice(["bicillin", "suboxone", "metadol", "truvada"])
    if lang == "fr":
        txt = {"bicillin": "Pénurie de pénicilline G benzathine (Bicillin L-A) jusqu'en juin. Réserver aux cas de syphilis chez "
                           "la femme enceinte et au traitement de la syphilis infectieuse; alternative : doxycycline 100 mg BID x 14 j.",
               "suboxone": "Rupture des comprimés de buprénorphine-naloxone 8/2 mg (fabricant). Substituer par 2 x 4/1 mg ou le film, "
                           "sans nouvelle ordonnance selon l'avis de l'Ordre.",
               "metadol": "Retard de livraison du Metadol-D 10 mg/mL. Les pharmacies peuvent utiliser la préparation magistrale "
                          "à 10 mg/mL; aucun changement de dose requis.",
               "truvada": "Approvisionnement limité du générique ténofovir DF/emtricitabine de deux fabricants. Prescrire la "
                          "DCI; les pharmacies substitueront selon la disponibilité."}[drug]
        body = f"Bonjour,\n\nAVIS DE PÉNURIE\n\n{txt}\n\nMerci de transmettre à vos équipes."
        subj = "Avis de pénurie – " + {"bicillin": "Bicillin L-A", "suboxone": "buprénorphine-naloxone 8/2",
                                       "metadol": "Metadol-D", "truvada": "TDF/FTC"}[drug]
    else:
        txt = {"bicillin": "Benzathine penicillin G (Bicillin L-A) shortage until June. Prioritize pregnancy and infectious syphilis; "
                           "alternative doxycycline 100 mg BID x 14 days.",
               "suboxone": "Buprenorphine-naloxone 8/2 mg tablets out of stock. Substitute 2 x 4/1 mg or film.",
               "metadol": "Metadol-D 10 mg/mL delayed; compounded 10 mg/mL may be used, no dose change.",
               "truvada": "Limited supply of generic TDF/FTC from two manufacturers; prescribe by generic name."}[drug]
        body = f"Hello,\n\nSHORTAGE NOTICE\n\n{txt}\n\nPlease share with your teams."
        subj = "Shortage notice – " + {"bicillin": "Bicillin L-A", "suboxone": "buprenorphine-naloxone 8/2",
                                       "metadol": "Metadol-D", "truvada": "TDF/FTC"}[drug]
    body += "\n\n" + C.signature(rng, ph, lang)
    return _spec("drug_shortage", lang, subj, ph.who(lang), [team(lang)], body, "drug shortage notice")


# ---------------------------------------------------------------- N14 teaching case
def teaching_case(ctx, lang):
    rng = ctx.rng
    res = C.st("Lemieux")
    age = rng.randrange(24, 58)
    if lang == "fr":
        case = rng.choice([
            f"Homme de {age} ans, consomme du fentanyl fumé depuis 3 ans, se présente pour débuter un TAO. COWS à 6 à l'arrivée. "
            f"Quelle stratégie d'induction proposeriez-vous (micro-induction vs induction standard)?",
            f"Femme de {age} ans sous méthadone 120 mg, QTc à 498 ms sur l'ECG de contrôle, prend aussi de la citalopram. "
            f"Discussion : gestion du risque de torsades.",
            f"Personne de {age} ans, HARSAH, sous PrEP, RPR passé de 1:2 à 1:32 en 3 mois, asymptomatique. Interprétation?",
        ])
        body = (f"Bonjour à tous,\n\nPour le club de lecture de jeudi, voici le cas clinique (anonymisé) :\n\n{case}\n\n"
                f"Article : lignes directrices nationales sur le TUO, section 4.\n\n{res.given}")
        subj = rng.choice(["Club de lecture – cas clinique", "Cas pour l'enseignement jeudi", "Cas anonymisé – discussion"])
    else:
        case = rng.choice([
            f"A {age}-year-old man who smokes fentanyl presents to start OAT; COWS 6 on arrival. Micro-induction or standard?",
            f"A {age}-year-old woman on methadone 120 mg has a QTc of 498 ms and takes citalopram. How would you manage it?",
            f"A {age}-year-old on PrEP has an RPR rising from 1:2 to 1:32 in 3 months, asymptomatic. Interpretation?",
        ])
        body = f"Hi all,\n\nFor Thursday's journal club, here is the (anonymized) case:\n\n{case}\n\n{res.given}"
        subj = rng.choice(["Journal club – case", "Teaching case for Thursday"])
    return _spec("teaching_case", lang, subj, res.who(lang), [team(lang)], body, "anonymised teaching case")


# ---------------------------------------------------------------- N15 physicians with the diseases they treat
def physician_disease(ctx, lang):
    rng = ctx.rng
    frm = C.st(rng.choice(["Ducharme", "Restrepo"]))
    if lang == "fr":
        body = (f"Bonjour,\n\nRappel des corridors de service pour le printemps :\n"
                f"- Syphilis et ITSS complexes : Dr Karim Haddad, mardi et jeudi PM\n"
                f"- Hépatite C (évaluation, FibroScan) : Dre Priya Raman, clinique conjointe le 2e mercredi\n"
                f"- Inductions TAO et iOAT : Dre Amélie Vachon, tous les matins\n"
                f"- Psychiatrie des dépendances : Dr Daniel Weiss, sur référence\n\n"
                f"Les demandes se font par le formulaire de référence interne (pas par courriel). {rng.choice(['Merci!', 'Bonne semaine.'])}")
        subj = rng.choice(["Corridors de service – printemps", "Qui voit quoi : horaire des médecins", "Rappel : corridors"])
    else:
        body = ("Hello,\n\nService corridors for the spring:\n- Syphilis and complex STIs: Dr. Karim Haddad, Tue/Thu PM\n"
                "- Hepatitis C (assessment, FibroScan): Dr. Priya Raman, joint clinic 2nd Wednesday\n"
                "- OAT and iOAT inductions: Dr. Amélie Vachon, every morning\n- Addiction psychiatry: Dr. Daniel Weiss, by referral\n\n"
                "Use the internal referral form, not e-mail.")
        subj = rng.choice(["Service corridors – spring", "Who sees what: physician schedule"])
    body += "\n\n" + C.signature(rng, frm, lang)
    return _spec("physician_disease", lang, subj, frm.who(lang), [team(lang)], body, "physicians named with diseases they treat")


# ---------------------------------------------------------------- N16 protocol update
def protocol_update(ctx, lang):
    rng = ctx.rng
    doc = C.st(rng.choice(["Vachon", "Tessier", "Haddad"]))
    if lang == "fr":
        body = rng.choice([
            "Bonjour,\n\nNouvelle ordonnance collective – induction rapide de la méthadone :\n- Jour 1 : 30 mg, puis +10 à 15 mg q2-3 j\n"
            "- Cible habituelle 80-120 mg\n- ECG si dose > 100 mg ou facteurs de risque (QTc)\n- Doses non supervisées après 4 semaines "
            "de stabilité\n\nEntrée en vigueur le 1er avril. Document complet sur l'intranet.",
            "Bonjour,\n\nMise à jour PrEP : la doxy-PEP (doxycycline 200 mg dans les 72 h) peut être offerte aux HARSAH et femmes trans "
            "ayant eu une ITSS bactérienne dans la dernière année. Counselling sur la résistance requis.",
            "Bonjour,\n\nRappel du protocole de micro-induction de la buprénorphine (méthode Bernese) : 0,5 mg J1 puis augmentation "
            "progressive sur 7 jours en poursuivant l'agoniste complet.",
        ])
        subj = rng.choice(["Nouvelle ordonnance collective", "Mise à jour de protocole", "Protocole révisé – TAO/PrEP"])
    else:
        body = rng.choice([
            "Hello,\n\nNew standing order – rapid methadone titration:\n- Day 1: 30 mg, then +10-15 mg every 2-3 days\n"
            "- Usual target 80-120 mg\n- ECG if > 100 mg or QTc risk factors\n\nEffective April 1.",
            "Hello,\n\nPrEP update: doxy-PEP (doxycycline 200 mg within 72 h) may be offered to GBMSM and trans women with a bacterial STI "
            "in the past year.",
        ])
        subj = rng.choice(["New standing order", "Protocol update – OAT/PrEP"])
    body += "\n\n" + C.signature(rng, doc, lang)
    return _spec("protocol_update", lang, subj, doc.who(lang), [team(lang)], body, "protocol update, generic doses")


# ---------------------------------------------------------------- N17 generic pharmacology question
def generic_pharm_question(ctx, lang):
    rng = ctx.rng
    a = C.st(rng.choice(["Lavoie", "Goldberg", "Lemieux"]))
    b = C.st(rng.choice(["Tessier", "Charbonneau", "O'Brien"]))
    if lang == "fr":
        q = rng.choice(["Question générale : la rifampicine diminue-t-elle beaucoup les taux de méthadone? On commence souvent "
                        "des traitements de TB latente dans notre clientèle.",
                        "Est-ce que l'Epclusa a des interactions significatives avec la buprénorphine? Question pour notre guide interne.",
                        "Pour la PrEP, quelle est la conduite si le DFGe descend sous 60? On révise la fiche d'enseignement."])
        ans = rng.choice(["Oui, réduction importante (jusqu'à 50 %) – prévoir une augmentation de dose et un suivi des symptômes de sevrage.",
                          "Pas d'interaction cliniquement significative connue.", "Arrêter le TDF, considérer TAF/FTC selon le profil; recontrôler."])
        body = C.reply_body(rng, ans + f"\n\n{b.given}", q + f"\n\nMerci!\n{a.given}", f"{a.full} <{a.addr}>", "Question interaction", "fr")
        subj = "RE: Question interaction"
    else:
        q = rng.choice(["General question: does rifampin drop methadone levels a lot? We often start latent TB treatment in our population.",
                        "Any significant interaction between Epclusa and buprenorphine? For our internal guide."])
        ans = rng.choice(["Yes, substantial (up to 50%) - plan a dose increase and watch for withdrawal.", "No clinically significant interaction known."])
        body = C.reply_body(rng, ans + f"\n\n{b.given}", q + f"\n\nThanks!\n{a.given}", f"{a.full} <{a.addr}>", "Interaction question", "en")
        subj = "RE: Interaction question"
    return _spec("generic_pharm_question", lang, subj, b.who(lang), [a.who(lang)], body, "generic drug interaction question",
                 reply_to_id=f"g{rng.randrange(10**6)}")


# ---------------------------------------------------------------- N18 research protocol
def research_protocol(ctx, lang):
    rng = ctx.rng
    pi = C.st(rng.choice(["Weiss", "Raman", "Haddad"]))
    if lang == "fr":
        body = (f"Bonjour,\n\nLe CER a approuvé le protocole « {rng.choice(['Sublocade en sortie de détention', 'Dépistage VHC au point de service au SCS', 'PrEP injectable en clinique communautaire'])} » "
                f"(no 2025-{rng.randrange(100, 999)}).\n\nCritères d'inclusion : 18 ans et plus, TUO modéré à sévère (DSM-5), "
                f"capacité de consentir. Exclusion : grossesse, insuffisance hépatique décompensée.\nRecrutement visé : "
                f"{rng.randrange(60, 200)} participants sur 18 mois.\n\nLes coordonnatrices passeront présenter l'étude à la réunion d'équipe.")
        subj = "Approbation CER – nouveau protocole"
    else:
        body = (f"Hello,\n\nThe REB approved the protocol '{rng.choice(['Sublocade at release from custody', 'Point-of-care HCV testing at the SCS'])}' "
                f"(#2025-{rng.randrange(100, 999)}).\n\nInclusion: 18+, moderate-severe OUD (DSM-5), able to consent. Exclusion: pregnancy, "
                f"decompensated liver disease. Target: {rng.randrange(60, 200)} participants over 18 months.")
        subj = "REB approval – new protocol"
    body += "\n\n" + C.signature(rng, pi, lang)
    return _spec("research_protocol", lang, subj, pi.who(lang), [team(lang)], body, "research protocol, no participants")


# ---------------------------------------------------------------- N19 outreach schedule / supply counts
def outreach_schedule(ctx, lang):
    rng = ctx.rng
    w = C.st("Lacasse" if lang == "fr" else "Fitzgerald")
    s, k, p = rng.randrange(200, 900), rng.randrange(8, 40), rng.randrange(50, 300)
    if lang == "fr":
        body = (f"Salut l'équipe,\n\nBilan de la semaine : {s} seringues distribuées, {rng.randrange(60, 300)} pipes à crack, {k} trousses "
                f"de naloxone, {p} condoms. {rng.randrange(2, 9)} surdoses renversées par des pairs (rapportées verbalement).\n\n"
                f"Tournées la semaine prochaine :\n- lundi 20 h : Papineau / Ontario\n- mercredi 22 h : parc Émilie-Gamelin\n"
                f"- vendredi 19 h : Hochelaga (ruelles Davidson)\n\n{w.given}")
        subj = rng.choice(["Bilan tournée + horaire", "bilan semaine", "Tournées semaine prochaine"])
    else:
        body = (f"Hi team,\n\nWeek summary: {s} syringes, {k} naloxone kits, {p} condoms handed out; {rng.randrange(2, 9)} overdoses "
                f"reversed by peers (verbal reports).\n\nNext week's rounds:\n- Mon 8 pm: Papineau / Ontario\n- Wed 10 pm: Émilie-Gamelin park\n\n{w.given}")
        subj = rng.choice(["Outreach summary + schedule", "week summary"])
    return _spec("outreach_schedule", lang, subj, w.who(lang), [team(lang)], body, "outreach supply counts and route schedule")


# ---------------------------------------------------------------- N20 public mailing
def patient_info_mailing(ctx, lang):
    rng = ctx.rng
    frm = (D.ORG_FR if lang == "fr" else D.ORG_EN, f"info@{D.ORG_DOMAIN}")
    if lang == "fr":
        body = (f"Bonjour,\n\nLa clinique offre le dépistage ITSS gratuit et confidentiel sans rendez-vous :\n"
                f"- lundi et mercredi 13 h – 19 h\n- samedi 10 h – 14 h\n\nPrEP, PPE, vaccination hépatites A/B et VPH, "
                f"traitement de l'hépatite C, TAO. Aucune carte d'assurance maladie requise pour le dépistage.\n\n"
                f"{D.ORG_ADDR}\n{D.ORG_PHONE}")
        subj = "Dépistage ITSS gratuit – nouvelles heures"
    else:
        body = (f"Hello,\n\nFree, confidential STI testing, no appointment:\n- Mon & Wed 1-7 pm\n- Sat 10 am-2 pm\n\n"
                f"PrEP, PEP, hep A/B and HPV vaccines, hep C treatment, OAT. No health card needed for testing.\n\n{D.ORG_ADDR}\n{D.ORG_PHONE}")
        subj = "Free STI testing – new hours"
    return _spec("patient_info_mailing", lang, subj, frm, [("Liste de diffusion" if lang == "fr" else "Mailing list",
                                                            f"liste-info@{D.ORG_DOMAIN}")], body, "public info mailing")


# ---------------------------------------------------------------- N21 PN procedure reminder
def pn_procedure(ctx, lang):
    rng = ctx.rng
    frm = C.st("Nguyen" if lang == "fr" else "Mitchell")
    if lang == "fr":
        body = ("Bonjour,\n\nRappel de la procédure IPPAP :\n1. Déclarer la MADO dans les 48 h (syphilis, gonorrhée, chlamydia, VIH selon le cas)\n"
                "2. Offrir à la personne atteinte les trois modes : avis par la personne, par le professionnel, ou conjoint\n"
                "3. Ne jamais révéler l'identité de la personne atteinte aux partenaires\n4. Consigner au dossier\n\n"
                "Les cartes de notification (modèle vierge) sont dans le classeur ITSS.")
        subj = "Rappel – procédure IPPAP"
    else:
        body = ("Hello,\n\nPartner notification reminder:\n1. Report within 48 h\n2. Offer patient, provider or dual referral\n"
                "3. Never disclose the index case's identity to partners\n4. Document in the chart\n\nBlank notification cards are in the STI binder.")
        subj = "Reminder – partner notification procedure"
    body += "\n\n" + C.signature(rng, frm, lang)
    return _spec("pn_procedure", lang, subj, frm.who(lang), [team(lang)], body, "generic partner notification procedure")


# ---------------------------------------------------------------- N22 overdose debrief (anonymous)
def overdose_debrief(ctx, lang):
    rng = ctx.rng
    mgr = C.st(rng.choice(["Dumont", "Ducharme"]))
    staff = [C.st(x) for x in rng.sample(["Brisebois", "Kaba", "Diallo", "Lavoie"], 2)]
    if lang == "fr":
        body = (f"Bonjour à tous,\n\nUn immense merci à {staff[0].given} et {staff[1].given} pour leur intervention hier soir au SCS : "
                f"une personne a fait un arrêt respiratoire et a été réanimée (ventilation + naloxone) avant l'arrivée des "
                f"ambulanciers. Elle va bien. Un retour post-événement aura lieu jeudi 9 h; le programme d'aide aux employés est "
                f"disponible au 1-800-555-0199.")
        subj = rng.choice(["Merci à l'équipe du SCS", "Intervention d'hier – merci", "Retour post-événement jeudi"])
    else:
        body = (f"Hi all,\n\nHuge thanks to {staff[0].given} and {staff[1].given} for last night at the SCS: a person stopped breathing and "
                f"was resuscitated (ventilation + naloxone) before EMS arrived. They are doing well. Debrief Thursday 9 am; EAP "
                f"available at 1-800-555-0199.")
        subj = rng.choice(["Thank you SCS team", "Last night's response – thanks"])
    body += "\n\n" + mgr.given
    return _spec("overdose_debrief", lang, subj, mgr.who(lang), [team(lang)], body, "staff debrief with no identifiable client")
