"""Confidential messages, French, attachment-borne disclosures."""
import datetime

import gen_common as G
from gen_attach import (csv_bytes, docx_bytes, ics_text, pdf_bytes, vcard_text, xlsx_bytes,
                        zip_bytes)
from gen_ctx import DX_FR, MED_FR, SOC_FR, join
from gen_pos_a import _nd
from gen_render import inner_eml, msg_date

ORIENT = ["CHSLD", "RI", "RPA", "Domicile + SAD", "URFI", "UTRF", "Soins palliatifs", "RTF"]


def _roster(c, n, with_nam=0.3, with_dob=True):
    r = c.rng
    rows = []
    has_nam = False
    for _ in range(n):
        p = c.nam_patient() if r.random() < with_nam else c.patient()
        unit = r.choice(["4N", "5E", "6S", "7O", "UCDG", "3S", "URG-civ."])
        bed = f"{r.randint(401, 799)}-{r.choice('ABCD')}"
        adm = c.when(-r.randint(10, 120))
        nsa = adm + datetime.timedelta(days=r.randint(2, 20))
        row = dict(unit=unit, bed=bed, nom=p.surname.upper() if r.random() < 0.5 else p.surname,
                   prenom=p.given, mrn=G.gen_mrn(r, "7"), nam=p.nam or "",
                   ddn=p.dob.isoformat(), adm=adm.isoformat(), nsa=nsa.isoformat(),
                   orient=r.choice(ORIENT), dx=r.choice(["TNC", "AVC", "MPOC", "Fx hanche", "IC", "Parkinson",
                                                           "ROH", "Déconditionnement", "SEP"]),
                   rem=r.choice(["", "famille refuse 1er choix", "mandat en homologation", "attente RI Laval",
                                 "itinérance – aucun domicile", "aptitude contestée", "Curateur impliqué", ""]))
        if p.nam:
            has_nam = True
        rows.append(row)
    c.t("patient_name", "mrn", "social_information", "diagnosis")
    if with_dob:
        c.t("date_of_birth")
    return rows, has_nam


def p_liste_nsa_xlsx(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(2, 4))]
    rows, has_nam = _roster(c, r.randint(8, 16), with_nam=0.35)
    inc_nam = has_nam
    if inc_nam:
        c.t("ramq_nam")
    header = ["Unité", "Lit", "Nom", "Prénom", "No dossier"] + (["NAM"] if inc_nam else []) + \
        ["DDN", "Admission", "Début NSA", "Dx", "Orientation", "Remarques"]
    data = [[x["unit"], x["bed"], x["nom"], x["prenom"], x["mrn"]] + ([x["nam"]] if inc_nam else []) +
            [x["ddn"], x["adm"], x["nsa"], x["dx"], x["orient"], x["rem"]] for x in rows]
    summary = [["Orientation", "Nombre"]] + [[o, sum(1 for x in rows if x["orient"] == o)] for o in ORIENT]
    fname = r.choice([f"Liste_NSA_{c.date:%Y-%m-%d}.xlsx", "NSA hebdo.xlsx", f"NSA_{c.org['short'].replace(' ', '_')}_sem{c.date.isocalendar()[1]}.xlsx"])
    data_x = xlsx_bytes([("NSA", header, data), ("Sommaire", summary[0], summary[1:])])
    body = r.choice(["Voici la liste NSA à jour pour la rencontre de gestion des lits de demain 8 h 30.",
                     f"Liste NSA en date du {G.fmt_date(c.date, 'fr')}. Merci de mettre à jour vos colonnes avant midi.",
                     "Ci-joint le fichier pour la cellule de crise (débordement urgence)."])
    text = join(c.greet(), body, c.close(), c.sig(s[0], role="Coordonnatrice – gestion des lits"))
    return c.spec(s, to, r.choice(["Liste NSA", "Gestion des lits – liste NSA", "Fichier NSA à jour"]), text,
                  "Bed-management NSA roster spreadsheet with names, charts, orientation",
                  attachments=[dict(kind="xlsx", filename=fname, data=data_x)])


def p_liste_csv(c):
    r = c.rng
    s = c.staff()
    d = c.ext_staff(dom="clsc-" + r.choice(["moulins", "chenaux", "longueuil"]) + ".example")
    n = r.randint(5, 12)
    rows = []
    for _ in range(n):
        p = c.patient()
        rows.append([G.gen_mrn(r, "7"), p.surname, p.given, p.dob.isoformat(), G.address(r)[0],
                     G.phone(r, style="dash"), r.choice(["Aide au bain", "Soins de plaie", "Suivi inf. post-congé",
                                                         "Évaluation ergo", "Dispill / médication", "Suivi TS"]),
                     r.choice(["MPOC", "IC", "Diabète", "TNC", "AVC", "Fx poignet", "Cancer colon"]),
                     r.choice(["P1", "P2", "P3"])])
    c.t("patient_name", "date_of_birth", "patient_contact", "diagnosis", "mrn")
    header = ["no_dossier", "nom", "prenom", "ddn", "adresse", "telephone", "service", "dx", "priorite"]
    enc = r.choice(["utf-8", "windows-1252"])
    data = csv_bytes(header, rows, enc=enc, delim=r.choice([";", ","]), bom=(enc == "utf-8" and r.random() < 0.5))
    fname = r.choice(["export_references_SAD.csv", f"references_{c.date:%Y%m%d}.csv", "extraction I-CLSC.csv"])
    att = dict(kind="csv", filename=fname, binary=True, data=data) if r.random() < 0.5 else \
        dict(kind="csv", filename=fname, text=data.decode(enc).lstrip("\ufeff"), charset=enc)
    text = join(c.greet(d[0]), r.choice(["Voici l'extraction des références SAD de la semaine.",
                                         "Export des congés avec services requis, tel que discuté.",
                                         "Fichier des nouvelles demandes (format CSV, séparateur point-virgule)."]),
                c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Export références SAD", "Extraction congés – CSV", "Références de la semaine"]),
                  text, "CSV export of home-care referrals with identities and addresses", attachments=[att])


def p_eval_docx(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.staff() if r.random() < 0.5 else c.ext_staff()
    c.t("patient_name", "social_information", "diagnosis")
    paras = ["## Identification",
             f"Nom : {p.full}",
             f"Date de naissance : {G.fmt_date(p.dob, 'fr')}"]
    c.t("date_of_birth")
    if p.nam:
        paras.append(f"NAM : {G.fmt_nam(p.nam, r.choice(['plain', 'space']))}")
        c.t("ramq_nam")
    paras.append(f"{r.choice(G.MRN_LABEL_FR)} : {G.gen_mrn(r)}")
    c.t("mrn")
    soc = [x.format(e=p.e()) for x in r.sample(SOC_FR, 2)]
    dx = r.choice(DX_FR)
    paras += ["## Motif de la référence",
              f"Évaluation du projet de vie au congé. Hospitalisation pour {dx}.",
              "## Histoire sociale",
              f"{p.Il()} est {r.choice(['veuf', 'divorcé', 'célibataire', 'marié'])}{p.e()}, "
              f"{r.choice(['ancien camionneur', 'ancienne couturière', 'enseignant retraité', 'sans emploi depuis 2015'])}. "
              f"{soc[0][0].upper() + soc[0][1:]}.",
              "## Réseau de soutien",
              f"{soc[1][0].upper() + soc[1][1:]}. Contact principal : {G.new_patient(r).full} ({G.phone(r)}).",
              "## Situation financière",
              f"Revenus : {r.choice(['PSV + SRG', 'rente RRQ + PSV', 'aide sociale', 'rente d’invalidité'])}. "
              f"{r.choice(['Aucune épargne.', 'Propriétaire d’un condo.', 'Dettes de carte de crédit.'])}",
              "## Opinion professionnelle",
              f"Les capacités de {p.title_fr()} {p.surname} à assurer sa sécurité à domicile sont compromises. "
              f"Recommandation : {r.choice(['orientation CHSLD', 'RI avec encadrement', 'retour à domicile avec SAD intensif', 'ouverture de régime de protection'])}."]
    fname = r.choice([f"Eval_psychosociale_{p.surname}.docx", "Évaluation psychosociale.docx",
                      f"EPS_{c.date:%Y%m%d}.docx"])
    data = docx_bytes("Évaluation psychosociale – service social", paras, author=s[0].full)
    text = join(c.greet(d[0]), r.choice(["Voici mon évaluation psychosociale, à joindre à la demande.",
                                         "Tel que convenu, l'évaluation est en pièce jointe.",
                                         "Ci-joint l'EPS finale. Je serai absente demain."]),
                c.close(), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Évaluation psychosociale", "EPS – à joindre au dossier", "Évaluation TS"]),
                  text, "Psychosocial assessment DOCX with identity, social history and finances",
                  attachments=[dict(kind="docx", filename=fname, data=data)])


def p_resume_pdf(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.ext_staff()
    c.t("patient_name", "diagnosis", "medication", "date_of_birth", "mrn")
    meds = r.sample(MED_FR, r.randint(3, 6))
    lines = [f"Usager : {p.surname.upper()}, {p.given}    DDN : {G.fmt_date(p.dob, 'ymd')}",
             f"{r.choice(G.MRN_LABEL_FR)} : {G.gen_mrn(r)}"]
    if p.nam:
        lines.append(f"NAM : {G.fmt_nam(p.nam, 'space')}")
        c.t("ramq_nam")
    lines += [f"Admission : {G.fmt_date(c.when(-r.randint(8, 40)), 'iso')}   Congé : {G.fmt_date(c.when(1), 'iso')}",
              "## Diagnostic principal", r.choice(DX_FR),
              "## Diagnostics secondaires", "; ".join(r.sample(DX_FR, 2)),
              "## Médication au congé"] + meds
    if r.random() < 0.6:
        lines += ["## Résultats pertinents", "; ".join(r.sample(["Hb 92 g/L", "créat. 148 µmol/L", "RNI 2,3",
                                                                  "SARM négatif", "albumine 29 g/L"], 2))]
        c.t("lab_result")
    lines += ["## Plan de congé", r.choice(["Retour à domicile avec SAD (soins infirmiers 3x/sem.)",
                                            "Transfert en CHSLD – place confirmée", "URFI pour 3 semaines"]),
              f"Suivi : clinique externe de gériatrie dans {r.randint(2, 6)} semaines."]
    compress = r.random() < 0.5
    fname = r.choice([f"Resume_conge_{p.surname}_{p.given}.pdf", "resume_de_conge.pdf", f"Plan_conge_{G.gen_mrn(r, '7')}.pdf"])
    data = pdf_bytes("Résumé de congé / plan de congé", lines, compress=compress,
                     subtitle=f"{c.org['hosp']} – {r.choice(G.UNITS_FR)}")
    text = join(c.greet(d[0]), r.choice(["Ci-joint le résumé de congé pour la continuité des soins.",
                                         "Le plan de congé est joint, la famille a été avisée.",
                                         "Document de transfert en pièce jointe."]), c.sig(s[0], role="Infirmière de liaison"))
    return c.spec(s, [d], r.choice(["Résumé de congé", "Plan de congé – transfert", "Continuité des soins"]),
                  text, "Discharge summary PDF", attachments=[dict(kind="pdf", filename=fname, data=data)])


def p_rencontre_ics(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.5 else c.patient()
    s = c.staff()
    att = [c.staff() for _ in range(r.randint(2, 4))]
    fam = G.new_patient(r, lo=1955, hi=1990)
    c.t("patient_name", "social_information")
    dt = c.when(r.randint(1, 6))
    start = datetime.datetime(dt.year, dt.month, dt.day, r.choice([9, 10, 13, 14]), r.choice([0, 30]))
    end = start + datetime.timedelta(hours=1)
    summ = r.choice([f"Rencontre famille – {p.title_fr()} {p.surname} – orientation CHSLD",
                     f"Rencontre interdisciplinaire {p.full} (refus d'hébergement)",
                     f"Famille {p.surname} – plan de congé"])
    desc = (f"Présents : fille ({fam.full}), TS, md traitant, ergo.\n"
            f"Sujets : {r.choice(['aptitude à consentir', 'refus du CHSLD proposé', 'épuisement de la conjointe', 'sécurité à domicile'])}; "
            f"{r.choice(['TNC majeur avec errance nocturne', 'chutes répétées', 'MPOC terminale'])}.")
    c.t("diagnosis")
    if p.nam and r.random() < 0.5:
        desc += f"\nNAM : {c.nam(p)}"
    ics = ics_text(f"{r.getrandbits(64):016x}@{c.org['dom']}", summ, start, end,
                   f"Salle de conférence {r.randint(3, 7)}.{r.randint(100, 199)}", desc,
                   (s[0].full, s[1]), [(a[0].full, a[1]) for a in att])
    body = r.choice(["Invitation pour la rencontre avec la famille.", "Merci de confirmer votre présence.",
                     "Rencontre planifiée à la demande de la famille."])
    text = join(c.greet(), body, c.sig(s[0], short=True))
    spec = c.spec(s, att, summ if r.random() < 0.5 else "Invitation : rencontre famille", text,
                  "Meeting invitation (ICS) about a patient's placement")
    if r.random() < 0.5:
        spec["calendar"] = ics
    else:
        spec["attachments"] = [dict(kind="ics", filename="invite.ics", text=ics)]
    return spec


def p_vcard_usager(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.5 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom="clsc-moulins.example")
    c.t("patient_name", "patient_contact", "diagnosis")
    adr = G.address(r)[0]
    note = r.choice(["Usager SAD – MPOC, O2 à domicile. Clé dans boîte à clé (code au dossier).",
                     "Suivi post-congé, démence légère; appeler la fille avant la visite.",
                     "Pansement jambe droite aux 48 h. Chien au domicile."])
    if p.nam and r.random() < 0.6:
        note += f" NAM {c.nam(p)}"
    bday = None
    if r.random() < 0.5:
        bday = p.dob.isoformat()
        c.t("date_of_birth")
    vc = vcard_text(p.full, f"{p.surname};{p.given};;;", tel=[("HOME", G.phone(r))], adr=adr,
                    note=note, bday=bday, version=r.choice(["3.0", "4.0"]))
    text = join(c.greet(d[0]), r.choice(["Je t'envoie la fiche contact de l'usager pour la première visite.",
                                         "Coordonnées en pièce jointe (vCard)."]), c.sig(s[0], short=True))
    return c.spec(s, [d], r.choice(["Coordonnées usager", "Fiche contact – 1re visite", f"Contact {p.surname}"]),
                  text, "vCard of a home-care patient with address and health note",
                  attachments=[dict(kind="vcf", filename=f"{p.given} {p.surname}.vcf", text=vc)])


def p_filename_only(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.staff() if r.random() < 0.5 else c.ext_staff()
    c.t("patient_name")
    v = r.randint(0, 4)
    if v == 0:
        fname = f"{p.surname.upper()}_{p.given}_refus_CHSLD.pdf"
        c.t("social_information")
    elif v == 1:
        fname = f"Signalement_maltraitance_{p.surname}_{p.given}.pdf"
        c.t("social_information")
    elif v == 2 and p.nam:
        fname = f"{p.nam}_{p.surname}_demande_SAD_TNC.pdf"
        c.t("ramq_nam", "diagnosis")
    elif v == 3:
        fname = f"Tutelle {p.given} {p.surname} – inaptitude (démence).pdf"
        c.t("diagnosis", "social_information")
    else:
        fname = f"{p.surname}-{p.given}_itinérance_éval_TS.pdf"
        c.t("social_information")
    data = pdf_bytes("Document numérisé", [f"Numérisé le {c.date.isoformat()} – WorkCentre 7855",
                                           "Pages : 3", "(image)"], compress=r.random() < 0.5)
    text = join(c.greet(d[0]), r.choice(["Voici le document numérisé.", "Tel que demandé.", "Pour ton dossier.",
                                         "Document reçu par fax ce matin, je te le transfère."]),
                c.sig(s[0], short=True))
    return c.spec(s, [d], r.choice(["Document numérisé", "Scan", "TR: document", "Pièce jointe"]), text,
                  "Only the attachment file name identifies the patient and the situation",
                  attachments=[dict(kind="pdf", filename=fname, data=data)])


def p_dossier_zip(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom="chsld-pins.example")
    c.t("patient_name", "diagnosis", "social_information", "medication")
    lines = [f"Usager : {p.full}", f"Dx : {r.choice(DX_FR)}", f"Rx : {', '.join(r.sample(MED_FR, 3))}",
             f"Social : {r.choice(SOC_FR).format(e=p.e())}"]
    if p.nam:
        lines.insert(1, f"NAM : {G.fmt_nam(p.nam, 'plain')}")
        c.t("ramq_nam")
    files = [("01_sommaire.txt", "\n".join(lines).encode("utf-8")),
             ("02_resume_conge.pdf", pdf_bytes("Résumé de congé", lines, compress=True)),
             ("03_grille_blank.txt", "Grille OEMC – voir RSIPA".encode("utf-8"))]
    if r.random() < 0.5:
        files.append(("04_liste_medicaments.csv",
                      csv_bytes(["usager", "medicament"], [[p.full, m] for m in r.sample(MED_FR, 3)], enc="utf-8")))
    data = zip_bytes(files)
    text = join(c.greet(d[0]), r.choice(["Le dossier de transfert est compressé en pièce jointe.",
                                         "Voici tous les documents pour l'admission de lundi (zip)."]),
                c.close(), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Dossier de transfert", "Documents admission CHSLD"]), text,
                  "ZIP with transfer documents", attachments=[dict(kind="zip", filename=r.choice(["dossier_transfert.zip", f"admission_{p.surname}.zip"]), data=data)])


def p_eml_attache(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.staff()
    o = c.ext_staff()
    name = c.pname(p)
    c.t("diagnosis", "social_information")
    inner_text = join(f"Bonjour {s[0].given},",
                      f"Nous refusons la candidature de {name} pour notre ressource intermédiaire : "
                      f"{r.choice(['les SCPD (agressivité physique envers le personnel) dépassent notre offre de service', 'le besoin de soins infirmiers 24 h dépasse notre mandat', 'la consommation active d’alcool est incompatible avec notre milieu'])}.",
                      f"Le diagnostic de {r.choice(DX_FR)} a aussi été considéré.",
                      f"{o[0].full}\nResponsable des admissions")
    if p.nam and r.random() < 0.5:
        inner_text = inner_text.replace(f"de {name} ", f"de {name} (NAM {c.nam(p)}) ", 1)
    inner = dict(lang="fr", subject=f"Refus candidature RI – {p.surname}", text=inner_text, attachments=[],
                 date=msg_date(r, c.when(-2)), to=[(s[0].full, s[1])], cc=[], types=[],
                 **{"from": (o[0].full, o[1])})
    data = inner_eml(inner, r)
    as_octet = r.random() < 0.3
    text = join(c.greet(d[0]), r.choice(["Je te transfère le refus de la RI, voir courriel joint.",
                                         "FYI – courriel ci-joint. On en discute au caucus?"]),
                c.sig(s[0], short=True))
    return c.spec(s, [d], r.choice(["TR: Refus candidature RI", "Refus RI (courriel joint)"]), text,
                  "Forwarded-as-attachment (.eml) refusal naming the patient",
                  attachments=[dict(kind="eml", data=data, filename="Refus RI.eml" if as_octet or r.random() < 0.5 else None,
                                    as_octet=as_octet)])


def p_horaire_usagers(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 5))]
    staff = [c.staff()[0] for _ in range(5)]
    days = ["Lun", "Mar", "Mer", "Jeu", "Ven"]
    sched = [[st.full] + [r.choice(["J", "J", "S", "—", "Form."]) for _ in days] for st in staff]
    assign = []
    for _ in range(r.randint(6, 10)):
        p = c.patient()
        sit, dx = r.choice([("CHSLD en attente", "TNC"), ("mandat à homologuer", "TNC"), ("itinérance", "psychose"),
                            ("SAD à organiser", "MPOC"), ("épuisement aidante", "Parkinson"), ("RI refusée", "SCPD"),
                            ("retour domicile", "IC"), ("URFI", "fx hanche"), ("itinérance", "ROH")])
        assign.append([r.choice(staff).full, f"{r.randint(401, 799)}", f"{p.surname}, {p.given}", sit, dx])
    c.t("patient_name", "social_information", "diagnosis")
    data = xlsx_bytes([("Horaire", ["Intervenant"] + days, sched),
                       ("Assignation usagers", ["TS", "Chambre", "Usager", "Situation", "Dx"], assign)])
    text = join(c.greet(), r.choice(["Voici l'horaire de la semaine prochaine ainsi que la répartition des dossiers.",
                                     "Horaire + assignations à jour (onglet 2)."]), c.close(),
                c.sig(s[0], role="Chef de service – service social"))
    return c.spec(s, to, r.choice(["Horaire semaine + assignations", "Horaire TS"]), text,
                  "Staff rota whose second sheet assigns named patients with situations",
                  attachments=[dict(kind="xlsx", filename=f"Horaire_TS_sem{c.date.isocalendar()[1]}.xlsx", data=data)])


def p_stats_nominatives(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(2)]
    tot = r.randint(38, 70)
    ps = [c.nam_patient() if r.random() < 0.5 else c.patient() for _ in range(3)]
    c.t("patient_name", "social_information")
    lines = [f"Nombre total d'usagers NSA : {tot}", f"Délai moyen : {r.randint(18, 35)} jours",
             f"CHSLD : {r.randint(15, 30)} | RI : {r.randint(5, 12)} | SAD : {r.randint(3, 9)}",
             "", "Les cas de plus de 90 jours (à discuter) :"]
    for p in ps:
        extra = f" ({G.fmt_nam(p.nam, 'space')})" if p.nam and r.random() < 0.6 else ""
        if extra:
            c.t("ramq_nam")
        lines.append(f"  - {p.title_fr()} {p.full}{extra} – {r.choice(['refus 3 CHSLD', 'mandat non homologué', 'aucune ressource pour obésité morbide', 'conflit familial'])}")
    text = join(c.greet(), "Statistiques NSA de la période :", "\n".join(lines), c.sig(s[0]))
    return c.spec(s, to, f"Statistiques NSA – période {r.randint(1, 13)}", text,
                  "Statistics mail that lists named long-stay cases")


def p_cas_formation(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(3)]
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    c.t("patient_name", "date_of_birth", "diagnosis", "social_information")
    case = (f"Cas clinique pour l'atelier : {p.full}, {_nd(p)} le {G.fmt_date(p.dob, 'fr')}, admis{p.e()} pour "
            f"{r.choice(DX_FR)}. Vit seul{p.e()}, {r.choice(['refuse le CHSLD', 'conflit entre les enfants', 'soupçon d’exploitation financière'])}.")
    if p.nam and r.random() < 0.6:
        case += f" NAM {c.nam(p)}."
    text = join(c.greet(), "En préparation de la formation de jeudi sur l'aptitude à consentir :", case,
                "Réfléchissez aux questions 1 à 4 du canevas.", c.sig(s[0], role="Conseillère en soins infirmiers"))
    return c.spec(s, to, "Formation aptitude – cas à préparer", text,
                  "Training case that was not anonymised (real name and birth date)")


def p_belge_niss(c):
    r = c.rng
    p = c.patient(lo=1940, hi=1990)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["mutualite-chretienne.example", "mutualite-socialiste.example"]))
    niss = G.gen_niss(r, p.dob, p.sex)
    c.t("be_niss", "patient_name", "diagnosis", "social_information")
    body = (f"Madame, Monsieur,\n\nNous avons hospitalisé d'urgence votre affilié{p.e()}, {p.title_fr()} {p.full}, "
            f"NISS {G.fmt_niss(niss, r.choice(['be', 'plain', 'space']))}, de passage au Québec. "
            f"{p.Il()} a été admis{p.e()} pour {r.choice(['un infarctus avec pontage', 'une fracture de la hanche', 'un AVC'])}. "
            f"Aucune assurance voyage n'a été souscrite et {p.il()} ne peut rentrer seul{p.e()}.\n\n"
            f"Pouvez-vous confirmer la prise en charge et les modalités de rapatriement?")
    if r.random() < 0.5:
        body += f"\nDate de naissance : {c.dob(p)}"
    text = join(body, r.choice(["Veuillez agréer nos salutations distinguées.", "Cordialement,"]), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Hospitalisation d'un affilié – demande de prise en charge",
                                    f"Affilié {p.surname} – rapatriement"]), text,
                  "Belgian patient hospitalised, NISS given to mutual insurer")


def p_france_nir(c):
    r = c.rng
    p = c.patient(lo=1945, hi=1995)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["cpam-paris.example", "cleiss-liaison.example"]))
    nir = G.gen_nir(r, p.dob, p.sex)
    c.t("fr_nir", "patient_name", "social_information")
    body = (f"Bonjour,\n\nDans le cadre de l'Entente Québec-France de sécurité sociale, nous sollicitons "
            f"l'attestation de droits pour {p.full} (n° de sécurité sociale {G.fmt_nir(nir, r.choice(['plain', 'space', 'dot']))}). "
            f"{p.Il()} est arrivé{p.e()} au Québec avec un PVT, sans carte RAMQ, et est hospitalisé{p.e()} "
            f"{r.choice(['en psychiatrie depuis le 3', 'pour une appendicite compliquée', 'à la suite d’une tentative de suicide'])}. "
            f"{p.Il()} n'a aucun revenu et un hébergement précaire.")
    c.t("diagnosis")
    text = join(body, c.close(), c.sig(s[0]))
    return c.spec(s, [d], r.choice(["Entente Québec-France – attestation de droits", "Demande formulaire SE-401"]),
                  text, "French national without coverage; NIR sent to French insurer")


POS_B = [
    ("liste_nsa_xlsx", p_liste_nsa_xlsx, 3),
    ("export_csv", p_liste_csv, 2),
    ("eval_psychosociale_docx", p_eval_docx, 3),
    ("resume_conge_pdf", p_resume_pdf, 3),
    ("rencontre_ics", p_rencontre_ics, 2),
    ("vcard_usager", p_vcard_usager, 2),
    ("nom_fichier", p_filename_only, 3),
    ("dossier_zip", p_dossier_zip, 2),
    ("eml_joint", p_eml_attache, 3),
    ("horaire_assignations", p_horaire_usagers, 2),
    ("stats_nominatives", p_stats_nominatives, 2),
    ("cas_formation", p_cas_formation, 1),
    ("belgique_niss", p_belge_niss, 2),
    ("france_nir", p_france_nir, 2),
]
