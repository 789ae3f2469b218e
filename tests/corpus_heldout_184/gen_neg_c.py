"""Negative templates, part C: shortages, recalls, research, staff threads, forwards, vCard/ICS/ZIP, catalogue, quality."""
import datetime as dt

import gen_data as D
import gen_ids as I
import gen_text as T
import gen_attach as A
import gen_mime as M
from gen_build import L, attach, finish
from gen_neg_b import serial9, lot, asset10


def n_shortage(ctx, lang):
    ph = T.staff(ctx, "pharmacist")
    drug = ctx.pick(L(lang, [("acide folique 5 mg (co.)", "acide folique 1 mg x 5 ou 1 mg + multivitamine prénatale"),
                             ("Diclectin 10 mg/10 mg", "Bonjesta ou doxylamine + pyridoxine séparées"),
                             ("nitisinone 10 mg (caps.)", "nitisinone 5 mg x 2 ; aucune interruption tolérée"),
                             ("immunoglobuline anti-D 300 mcg", "allocation par la Banque de sang ; prioriser 28 SA et post-partum")],
                        [("folic acid 5 mg tablets", "5 x 1 mg, or 1 mg + prenatal multivitamin"),
                         ("Diclectin 10 mg/10 mg", "Bonjesta, or doxylamine + pyridoxine separately"),
                         ("nitisinone 10 mg capsules", "2 x 5 mg; no interruption tolerated"),
                         ("Rh immune globulin 300 mcg", "allocated by Blood Bank; prioritise 28 wks and postpartum")]))
    body = L(lang, f"Bonjour,\n\nAVIS DE PÉNURIE — {drug[0]}\nDurée estimée : 6 à 8 semaines (fournisseur).\n"
                   f"Alternative recommandée : {drug[1]}.\nAucune action requise pour les ordonnances en cours ; les pharmacies "
                   f"communautaires ont été avisées.",
             f"Hello,\n\nSHORTAGE NOTICE - {drug[0]}\nEstimated duration: 6-8 weeks (supplier).\nRecommended alternative: "
             f"{drug[1]}.\nNo action needed for current prescriptions; community pharmacies have been notified.") + T.sig(ctx, ph, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(ph, lang), [(L(lang, "Prescripteurs", "Prescribers"), f"prescripteurs@{D.DOM}")],
                      L(lang, f"Pénurie : {drug[0]}", f"Shortage: {drug[0]}"), category="drug_shortage",
                      note=L(lang, "avis de pénurie de médicament", "drug shortage notice"))
    return finish(ctx, spec, body)


def n_recall(ctx, lang):
    vend = ("BioGenix Supply", D.EXT_DOMAINS["vendor"])
    lots = [lot(ctx) for _ in range(ctx.rng.randrange(2, 4))]
    prod = ctx.pick(L(lang, ["tubes de prélèvement DPNI", "cartes de dépistage néonatal", "trousse d'extraction d'ADN"],
                         ["NIPT collection tubes", "newborn screening cards", "DNA extraction kit"]))
    body = L(lang, f"AVIS DE RAPPEL VOLONTAIRE — {prod}\n\nLots visés : {', '.join(lots)}\nMotif : bouchons pouvant fuir lors du "
                   "transport ; risque d'hémolyse et d'échantillon non conforme.\nMesure : retirer les lots visés, les mettre en "
                   "quarantaine et remplir le formulaire de retour. Aucun risque pour les personnes n'a été rapporté.\n\n"
                   "Affaires réglementaires\nBioGenix Supply — 1 800 555-0143",
             f"VOLUNTARY RECALL NOTICE - {prod}\n\nAffected lots: {', '.join(lots)}\nReason: caps may leak in transit; risk of "
             "haemolysis and rejected samples.\nAction: remove affected lots, quarantine and complete the return form. No harm "
             "to persons has been reported.\n\nRegulatory Affairs\nBioGenix Supply - 1 800 555-0143")
    coord = T.staff(ctx, "laboratory coordinator")
    if ctx.chance(0.5):
        fw = T.forward_block(ctx, body, dict(given="Regulatory", surname="Affairs", email=f"rappels@{vend[1]}"),
                             T.earlier(ctx, ctx.when(), 2, 30), L(lang, "Avis de rappel", "Recall notice"), coord, lang)
        body = L(lang, "Pour info — vérifiez vos réserves SVP.", "FYI - please check your stock.") + T.sig(ctx, coord, lang, "short") + fw
        frm = T.addr(coord, lang)
        to = [(L(lang, "Techniciens génétique", "Genetics techs"), f"labo-gen@{D.DOM}")]
    else:
        frm = (vend[0], f"rappels@{vend[1]}")
        to = [T.addr(coord, lang)]
    spec = T.new_spec(ctx, lang, frm, to, L(lang, f"Rappel — {prod}", f"Recall - {prod}"), category="recall",
                      note=L(lang, "rappel de lots de fournitures", "supply lot recall"))
    return finish(ctx, spec, body)


def n_research(ctx, lang):
    pi = T.staff(ctx, "medical geneticist", "genetic counsellor")
    body = L(lang, "Bonjour,\n\nVoici le synopsis révisé du projet « Adoption du dépistage de porteurs élargi en Mauricie » "
                   "(version 2.1) pour approbation par le CER :\n\n- Devis : étude transversale, questionnaire en ligne\n"
                   "- Population : couples planifiant une grossesse, 18-45 ans\n- Taille visée : 400 participants\n"
                   "- Critères d'exclusion : grossesse en cours > 20 SA ; diagnostic connu de maladie récessive\n"
                   "- Données : codées (P-001 à P-400) ; clé de codage conservée par la coordonnatrice\n"
                   "- Analyses : régression logistique (adoption ~ connaissances, revenu, région)\n\nMerci de vos commentaires d'ici vendredi.",
             "Hello,\n\nRevised synopsis of the project 'Uptake of expanded carrier screening in Mauricie' (v2.1) for REB "
             "approval:\n\n- Design: cross-sectional, online survey\n- Population: couples planning a pregnancy, 18-45 y\n"
             "- Target: 400 participants\n- Exclusion: current pregnancy > 20 wks; known recessive disease diagnosis\n"
             "- Data: coded (P-001 to P-400); key held by the coordinator\n- Analysis: logistic regression (uptake ~ "
             "knowledge, income, region)\n\nComments by Friday please.") + T.sig(ctx, pi, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(pi, lang), [(L(lang, "Équipe de recherche", "Research team"), f"recherche-gen@{D.DOM}")],
                      L(lang, "Protocole v2.1 — dépistage de porteurs", "Protocol v2.1 - carrier screening"), category="research_protocol",
                      note=L(lang, "protocole de recherche sans participants identifiés", "research protocol without identities"))
    if ctx.chance(0.5):
        attach(ctx, spec, L(lang, "protocole_v2.1.docx", "protocol_v2.1.docx"),
               A.make_docx(L(lang, "Protocole", "Protocol"), body.split("\n")[2:10], author=f"{pi['given']} {pi['surname']}"))
    return finish(ctx, spec, body)


def n_staff_thread(ctx, lang):
    a = T.staff(ctx, "genetic counsellor", "clinical nurse")
    b = T.staff(ctx, "medical geneticist", "administrative manager", exclude=(a["surname"],))
    d = ctx.when()
    t0 = T.earlier(ctx, d, 1, 30)
    topic = ctx.rng.randrange(3)
    if lang == "fr":
        q, subj = [
            (f"Est-ce que je peux utiliser la salle 4-104 jeudi PM pour la clinique Lynch ? La mienne est en travaux.\n\n{a['given']}",
             "Salle 4-104 jeudi"),
            (f"Petite question : le gabarit de lettre de divulgation BRCA a-t-il été mis à jour avec la nouvelle ligne téléphonique ?\n\n{a['given']}",
             "Gabarit lettre BRCA"),
            (f"Je serai 30 min en retard demain (rendez-vous chez le garagiste). Je décale ma première rencontre.\n\n{a['given']}",
             "Retard demain"),
        ][topic]
        r = ctx.pick(["Oui, pas de problème.", "C'est fait depuis lundi, version 4 sur le S:.", "Merci de m'aviser, bonne soirée."])
    else:
        q, subj = [
            (f"Can I use room 4-104 Thursday pm for the Lynch clinic? Mine is under renovation.\n\n{a['given']}", "Room 4-104 Thursday"),
            (f"Quick one: has the BRCA disclosure letter template been updated with the new phone line?\n\n{a['given']}", "BRCA letter template"),
            (f"I'll be 30 min late tomorrow (car at the garage). Pushing my first appointment.\n\n{a['given']}", "Late tomorrow"),
        ][topic]
        r = ctx.pick(["Sure, no problem.", "Done since Monday, v4 on the S: drive.", "Thanks for letting me know."])
    body = r + T.sig(ctx, b, lang, ctx.pick(["initials", "full"])) + T.quote_reply(ctx, q, a, t0, lang, to=b, subject=subj)
    spec = T.new_spec(ctx, lang, T.addr(b, lang), [T.addr(a, lang)], "RE: " + subj, when=d, category="staff_thread",
                      note=L(lang, "échange entre collègues avec citation", "staff reply thread"))
    spec["in_reply_to"] = ctx.msgid(D.DOM)
    return finish(ctx, spec, body)


def n_forward_notice(ctx, lang):
    mgr = T.staff(ctx, "administrative manager", "maternal-fetal", "medical geneticist")
    msss = dict(given=L(lang, "Direction", "Directorate"), surname=L(lang, "dépistage", "of screening"),
                email=f"depistage-prenatal@msss.{D.EXT_DOMAINS['cisss']}")
    inner = L(lang, "Aux établissements participants,\n\nÀ compter du 1er avril, le DPNI sera offert en première intention à "
                    "toutes les personnes enceintes de 40 ans et plus, ainsi qu'en deuxième intention après un dépistage "
                    "sérique à risque ≥ 1/1000. Les requêtes devront utiliser le formulaire AH-612 v3.\n\nLa Direction du dépistage",
              "To participating institutions,\n\nAs of April 1, NIPT will be offered first-line to all pregnant people aged 40 "
              "and over, and second-line after a serum screen risk of 1/1000 or higher. Requisitions must use form AH-612 v3.\n\n"
              "Screening Directorate")
    d = ctx.when()
    body = (L(lang, "Pour votre information — changements au programme. On en parle à la réunion d'équipe.",
              "FYI - program changes. We'll discuss at the team meeting.") + T.sig(ctx, mgr, lang, "short") +
            T.forward_block(ctx, inner, msss, T.earlier(ctx, d, 5, 90), L(lang, "Modification du programme de dépistage prénatal",
                                                                            "Prenatal screening program change"), mgr, lang))
    spec = T.new_spec(ctx, lang, T.addr(mgr, lang), [(L(lang, "Équipe dépistage", "Screening team"), f"dpn-equipe@{D.DOM}")],
                      L(lang, "TR: Modification du programme de dépistage prénatal", "Fwd: Prenatal screening program change"),
                      when=d, category="forward_notice", note=L(lang, "avis ministériel transféré", "forwarded ministry notice"))
    return finish(ctx, spec, body)


def n_eml_attached(ctx, lang):
    mgr = T.staff(ctx, "administrative manager")
    it = T.staff(ctx, "IT technician")
    d = ctx.when()
    inner = T.new_spec(ctx, lang, T.addr(it, lang), [T.addr(mgr, lang)],
                       L(lang, "Licences du logiciel de pedigree", "Pedigree software licences"), when=T.earlier(ctx, d, 5, 100))
    inner["text"] = L(lang, "Bonjour,\n\nLes 12 licences du logiciel de dessin d'arbres généalogiques expirent le 31 mars. "
                            "Coût de renouvellement : 3 480 $ + taxes. Clé de licence : PGX-7741-AQ93-0021.\n\nMerci",
                      "Hello,\n\nThe 12 pedigree-drawing software licences expire March 31. Renewal cost: $3,480 + tax. "
                      "Licence key: PGX-7741-AQ93-0021.\n\nThanks") + T.sig(ctx, it, lang, "full")
    raw = M.render(ctx, inner, inner=True)
    body = L(lang, "Sonia, peux-tu approuver la dépense ? Courriel d'origine joint.",
             "Can you approve the expense? Original e-mail attached.") + T.sig(ctx, mgr, lang, "initials")
    spec = T.new_spec(ctx, lang, T.addr(mgr, lang), [T.addr(T.staff(ctx, "administrative manager", "laboratory coordinator"), lang)],
                      L(lang, "TR: Licences logiciel pedigree", "FW: Pedigree software licences"), when=d,
                      category="forward_attached", note=L(lang, "courriel administratif joint", "attached admin e-mail"))
    attach(ctx, spec, L(lang, "Licences logiciel.eml", "Licences.eml"), raw, ctype="message/rfc822")
    return finish(ctx, spec, body)


def n_vcard(ctx, lang):
    s = T.staff(ctx, "medical geneticist", "genetic counsellor", "maternal-fetal")
    vcf = A.make_vcard(s["surname"], s["given"], tel=f"819 555-01{int(s['ext']) % 100:02d}", tel_type="WORK",
                       adr=L(lang, D.SITE_ADDR_FR, D.SITE_ADDR_EN), email=s["email"],
                       org=L(lang, D.ORG_FR, D.ORG_EN), title=L(lang, s["role_fr"], s["role_en"]),
                       note=L(lang, "Clinique cancer héréditaire le mardi ; dépistage prénatal le jeudi.",
                              "Hereditary cancer clinic Tuesdays; prenatal screening Thursdays."))
    to = T.external(ctx, lang, "gmf", "gmf2", "obs")
    body = L(lang, f"{T.greet(ctx, to, lang)}\n\nSuite à notre échange, voici mes coordonnées pour les références.",
             f"{T.greet(ctx, to, lang)}\n\nFurther to our call, here are my contact details for referrals.") + T.sig(ctx, s, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(s, lang), [T.addr(to, lang)], L(lang, "Mes coordonnées", "My contact details"),
                      category="contact_card", note=L(lang, "carte de visite d'une clinicienne", "clinician business card"))
    attach(ctx, spec, f"{s['given']} {s['surname']}.vcf", vcf, ctype="text/vcard")
    return finish(ctx, spec, body)


def n_ics(ctx, lang):
    org = T.staff(ctx, "resident", "administrative officer", "medical geneticist")
    d = ctx.future_day(ctx.when(), 3, 20)
    start = dt.datetime(d.year, d.month, d.day, 12, 0)
    topic = ctx.pick(L(lang, ["Club de lecture : syndrome de Lynch — Dre Vachon", "Réunion multidisciplinaire de diagnostic prénatal",
                              "Formation : nouvelle nomenclature HGVS"],
                          ["Journal club: Lynch syndrome - Dr. Vachon", "Prenatal diagnosis multidisciplinary round",
                           "Training: new HGVS nomenclature"]))
    ics = A.make_ics(f"{ctx.hexid(16)}@{D.DOM}", start, start + dt.timedelta(hours=1), topic,
                     L(lang, "Lunch fourni. Lien Teams dans l'invitation.", "Lunch provided. Teams link in invite."),
                     L(lang, "Salle 4-080", "Room 4-080"), (f"{org['given']} {org['surname']}", org["email"]),
                     [(L(lang, "Équipe génétique", "Genetics team"), f"genetique-tous@{D.DOM}")],
                     stamp=ctx.when().replace(tzinfo=None))
    body = L(lang, f"Invitation : {topic}\n{I.fmt_day(d, lang)}, 12 h à 13 h, salle 4-080.",
             f"Invitation: {topic}\n{I.fmt_day(d, lang)}, 12:00-1:00 pm, room 4-080.") + T.sig(ctx, org, lang, "short")
    spec = T.new_spec(ctx, lang, T.addr(org, lang), [(L(lang, "Équipe génétique", "Genetics team"), f"genetique-tous@{D.DOM}")],
                      L(lang, "Invitation : ", "Invitation: ") + topic, category="meeting_invite",
                      note=L(lang, "invitation de réunion", "meeting invitation"))
    attach(ctx, spec, "invite.ics", ics, ctype="text/calendar")
    return finish(ctx, spec, body)


def n_zip(ctx, lang):
    s = T.staff(ctx, "medical geneticist", "genetic counsellor")
    members = [(L(lang, "politique_VSI_v2.docx", "VUS_policy_v2.docx"),
                A.make_docx(L(lang, "Politique — variants de signification incertaine", "Policy - variants of uncertain significance"),
                            L(lang, ["Les VSI ne sont pas divulgués comme résultats positifs.", "Une réévaluation est faite aux 3 ans."],
                              ["VUS are not disclosed as positive results.", "Reclassification is reviewed every 3 years."]),
                            author=f"{s['given']} {s['surname']}")),
               (L(lang, "diapos_congrès.pdf", "conference_slides.pdf"),
                A.make_pdf(L(lang, "Dépistage prénatal : bilan 2024", "Prenatal screening: 2024 review"),
                           L(lang, ["4 212 dépistages ; 3,9 % positifs", "VPP du DPNI pour T21 : 91 %", "Délai médian : 6 jours"],
                             ["4,212 screens; 3.9% positive", "NIPT PPV for T21: 91%", "Median turnaround: 6 days"]),
                           author=f"{s['given']} {s['surname']}", compress=ctx.chance(0.5)))]
    body = L(lang, "Bonjour,\n\nComme promis, la politique et mes diapositives (archive jointe).",
             "Hi,\n\nAs promised, the policy and my slides (zip attached).") + T.sig(ctx, s, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(s, lang), [(L(lang, "Équipe génétique", "Genetics team"), f"genetique-tous@{D.DOM}")],
                      L(lang, "Documents de la réunion", "Meeting documents"), category="documents",
                      note=L(lang, "archive de documents de politique", "policy documents archive"))
    attach(ctx, spec, L(lang, "documents_réunion.zip", "meeting_docs.zip"), A.make_zip(members))
    return finish(ctx, spec, body)


def n_birthday(ctx, lang):
    a = T.staff(ctx, "administrative officer", "booking")
    b = T.staff(ctx, "genetic counsellor", "technologist", "clinical nurse", exclude=(a["surname"],))
    bd = dt.date(ctx.rng.randrange(1965, 1995), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28))
    de = "d'" if T.ascii_fold(b["given"])[0] in "AEIOUY" else "de "
    body = L(lang, f"Bonjour à tous,\n\nC'est la fête {de}{b['given']} {b['surname']} vendredi (née le {I.fmt_date(bd, 'long', 'fr')}, "
                   f"mais chut pour l'année !). Gâteau à 14 h 30 à la cuisinette du 4e. Contribution volontaire de 5 $ pour la carte.",
             f"Hi all,\n\nIt's {b['given']} {b['surname']}'s birthday on Friday (born {I.fmt_date(bd, 'long', 'en')}, but don't "
             "mention the year!). Cake at 2:30 in the 4th floor kitchenette. $5 voluntary contribution for the card.") + T.sig(ctx, a, lang, "initials")
    spec = T.new_spec(ctx, lang, T.addr(a, lang), [(L(lang, "Équipe génétique", "Genetics team"), f"genetique-tous@{D.DOM}")],
                      L(lang, f"Fête {de}{b['given']} 🎂", f"{b['given']}'s birthday 🎂"), category="staff_social",
                      note=L(lang, "anniversaire d'une employée", "staff birthday"))
    return finish(ctx, spec, body)


def n_catalogue(ctx, lang):
    lab = T.staff(ctx, "laboratory coordinator", "cytogeneticist", "biochemist")
    rows = [L(lang, ["Analyse", "Gènes / méthode", "Délai", "Changement"], ["Test", "Genes / method", "TAT", "Change"]),
            [L(lang, "Panel cancer héréditaire", "Hereditary cancer panel"), "BRCA1, BRCA2, PALB2, MLH1, MSH2, MSH6, PMS2, +23", L(lang, "6 sem.", "6 wks"), L(lang, "30 gènes (était 25)", "30 genes (was 25)")],
            [L(lang, "Dépistage de porteurs fondateurs", "Founder carrier screen"), "FAH, SACS, LRPPRC, CFTR...", L(lang, "3 sem.", "3 wks"), L(lang, "ajout de HEXA", "HEXA added")],
            ["QF-PCR", "13, 18, 21, X, Y", "48 h", L(lang, "aucun", "none")],
            [L(lang, "Micropuce chromosomique", "Chromosomal microarray"), "SNP-array 750K", L(lang, "10 jours", "10 days"), L(lang, "nouvelle plateforme", "new platform")]]
    body = L(lang, "Bonjour,\n\nMise à jour du répertoire des analyses du laboratoire de génétique, en vigueur le 1er juin :\n\n[[TABLE]]\n\n"
                   "Les requêtes papier restent acceptées jusqu'au 30 juin.",
             "Hello,\n\nGenetics laboratory test catalogue update, effective June 1:\n\n[[TABLE]]\n\nPaper requisitions accepted until June 30.") + T.sig(ctx, lab, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(lab, lang), [(L(lang, "Cliniciens", "Clinicians"), f"cliniciens@{D.DOM}")],
                      L(lang, "Répertoire des analyses — mise à jour", "Test catalogue - update"), category="catalogue",
                      note=L(lang, "mise à jour du répertoire d'analyses", "test catalogue update"))
    return finish(ctx, spec, body, tables={"[[TABLE]]": rows})


def n_quality(ctx, lang):
    q = T.staff(ctx, "laboratory coordinator", "cytogeneticist")
    body = L(lang, "Bonjour,\n\nRésultats du contrôle externe de la qualité (CEQ) 2025-1 : 10/10 échantillons conformes "
                   "(caryotype, FISH, QF-PCR). Délai de rendu moyen des DPNI : 5,8 jours (cible 7). Une non-conformité "
                   "mineure : étiquetage des tubes de culture, plan d'action en cours.\n\nRapport complet au S:\\Qualité.",
             "Hello,\n\nExternal quality assessment 2025-1 results: 10/10 samples concordant (karyotype, FISH, QF-PCR). Mean NIPT "
             "turnaround: 5.8 days (target 7). One minor non-conformity: culture tube labelling, action plan under way.\n\n"
             "Full report on S:\\Quality.") + T.sig(ctx, q, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(q, lang), [(L(lang, "Comité qualité", "Quality committee"), f"qualite-labo@{D.DOM}")],
                      L(lang, "CEQ 2025-1 — résultats", "EQA 2025-1 - results"), category="quality",
                      note=L(lang, "résultats de contrôle de qualité", "quality control results"))
    return finish(ctx, spec, body)


TEMPLATES = [
    (n_shortage, 3), (n_recall, 3), (n_research, 3), (n_staff_thread, 3), (n_forward_notice, 3), (n_eml_attached, 2),
    (n_vcard, 2), (n_ics, 3), (n_zip, 2), (n_birthday, 2), (n_catalogue, 3), (n_quality, 2),
]
