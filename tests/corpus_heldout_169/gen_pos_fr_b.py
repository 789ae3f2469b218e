"""French positives, part B: rehab, transport, pharmacy, labs, discharge, forms, attachments, social."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_zip
from gen_build import Att, Spec, staff_addr
from gen_clin import PROC_FR, labs_inline, meds_block, med_str, picture
from gen_common import (ORG_DOMAIN, ORG_FR, ascii_slug, d_fr, fmt_nam, fmt_nir, fmt_niss, fmt_sin, gen_nir,
                        gen_niss, gen_sin, name_as, quote, signature, stable_hex)
from gen_helpers import (NAM_STYLES, appt_time, dob_str, e_, fr_the, g, hello, hhmm, id_block, il, inline_ident,
                         partner, sender, thanks)


def rehab_intake(w, now):
    r = w.rng
    p = w.patient("fr", nam=r.random() < 0.5, age=(52, 84))
    pic = picture(r, r.choice(["cad", "hf"]))
    s, sa = sender(w, "kin")
    sw = w.pick_staff("sw")
    block, types, nm = id_block(w, p, "fr", nam=True, mrn=r.random() < 0.5)
    social = r.choice([
        f"vit seul{e_(p)} au 2e étage sans ascenseur, conjoint{e_(p) if p.sex == 'M' else ''} décédé{'' if p.sex == 'F' else 'e'} l'an dernier; aucune famille à proximité",
        "prestataire de l'aide sociale depuis 2021, n'a pas les moyens de payer le stationnement 3 fois par semaine",
        "proche aidant" + g(p, "", "e") + " de son conjoint atteint d'Alzheimer, ne peut pas s'absenter plus de 2 h",
        "en attente d'un logement social, hébergé" + e_(p) + " temporairement chez sa sœur à Trois-Rives",
        "a perdu son emploi après l'infarctus, inquiétudes financières importantes, sommeil perturbé",
    ])
    text = f"""{hello('fr', r, sw.given)}

Nouvelle inscription au programme de réadaptation cardiaque (phase II), début prévu le {d_fr(w.future(now.date(), 7, 21))}.

{block}
Cell. : {p.cell}

Diagnostic d'entrée : {pic['dx_fr']}.
Épreuve d'effort initiale : {r.randint(4, 9)},{r.randint(0, 9)} METs, arrêt pour {r.choice(['dyspnée', 'fatigue des membres inférieurs', 'angine légère'])}.

Situation sociale : {social}.

Pourrais-tu {g(p, 'le', 'la')} rencontrer avant sa première séance? {r.choice(['Il y a un risque d’abandon du programme.', 'Possiblement admissible au remboursement des frais de transport.', 'Le score PHQ-9 est à ' + str(r.randint(11, 19)) + '.'])}

{signature(s, 'fr', org=r.random() < 0.6)}
"""
    types |= {"diagnosis", "social_information", "patient_contact", "lab_result"}
    return Spec("pos", "rehab", "fr", r.choice(["Réadaptation — nouvelle inscription", "Inscription réadapt. phase II",
                                                "Demande TS — réadaptation cardiaque"]), text, sa, [staff_addr(sw)],
                types, "inscription en réadaptation cardiaque avec situation sociale", nams=[p] if p.nam else [],
                names=[nm])


def transport(w, now):
    r = w.rng
    p = w.patient("fr", nam=r.random() < 0.4, age=(60, 93))
    s, sa = sender(w, "clerk")
    t = appt_time(w, now.date(), 3, 20)
    proc = r.choice(["coronarographie", "ETO", "interrogation de stimulateur", "clinique d'IC", "écho de stress"])
    mob = r.choice(["fauteuil roulant (ne peut pas faire de transfert seul" + e_(p) + ")", "marchette",
                    "oxygène portatif 2 L/min", "accompagnateur requis (troubles cognitifs)"])
    nm = name_as(p, r.choice(["sf_caps", "title", "full"]), "fr")
    dob_line = f"DDN : {dob_str(p, 'fr', r)}   Sexe : {p.sex}\n" if p.nam or r.random() < 0.5 else ""
    nam_line = f"NAM : {fmt_nam(p.nam, r.choice(NAM_STYLES))}\n" if p.nam else ""
    if p.nam and not dob_line:
        dob_line = f"DDN : {dob_str(p, 'fr', r)}   Sexe : {p.sex}\n"
    text = f"""{hello('fr', r)}

Demande de transport adapté (aller-retour) :

Usager : {nm}
{dob_line}{nam_line}Adresse : {p.addr_one('fr')}
Téléphone : {p.phone}
Mobilité : {mob}

Rendez-vous : {d_fr(t.date())} à {hhmm(t, 'fr')} — {proc}, {ORG_FR}, pavillon B, 2e étage
Retour prévu vers {hhmm(t + dt.timedelta(hours=r.choice([2, 3, 5])), 'fr')} {r.choice(['(après la période d’observation)', '', '(à confirmer par l’unité)'])}

{thanks('fr', r)}
{signature(s, 'fr')}
"""
    types = {"patient_name", "patient_contact"}
    if "oxygène" in mob or "cognitifs" in mob or proc == "clinique d'IC":
        types.add("diagnosis")
    if dob_line:
        types.add("date_of_birth")
    if p.nam:
        types.add("ramq_nam")
    return Spec("pos", "transport", "fr", r.choice(["Demande de transport adapté", "Transport — RV cardiologie",
                                                    f"Transport {d_fr(t.date(), 1)}"]), text, sa,
                [("Répartition", partner("transp", "repartition"))], types, "demande de transport adapté",
                nams=[p] if p.nam else [], names=[nm])


def pharmacy(w, now):
    r = w.rng
    p = w.patient("fr", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["hf", "hf", "af", "cad"]))
    s, sa = sender(w, r.choice(["nurse", "cardio"]))
    ph = r.choice([("pharm1", "Pharmacie Beaudry-Lam"), ("pharm2", "Pharmacie du Vieux-Moulin")])
    ident, types, nm = inline_ident(w, p, "fr")
    m0 = pic["meds"][0]
    change = r.choice([
        f"CESSER {med_str(m0, 'fr', 0)} et remplacer par la dose ajustée ci-dessous",
        f"augmenter {m0[0]} selon la titration prévue",
        "renouvellement x 6 mois, aucun changement",
        f"suspendre {m0[0]} x 48 h (K+ {r.choice(['5,8', '6,0'])}), reprise après contrôle",
    ])
    text = f"""{hello('fr', r)}

Ajustement de médication pour {ident}, suivi{e_(p)} à notre clinique d'insuffisance cardiaque.

Changement : {change}.

Liste à jour :
{meds_block(pic, 'fr', r, bullet='  • ')}

Labos de contrôle dans 1 semaine (créat, K). {r.choice(['Merci de préparer en pilulier.', 'Livraison à domicile svp, ' + il(p) + ' ne conduit plus.', 'Le patient passera ce soir.'])}

L'ordonnance signée suit par télécopieur.
{signature(s, 'fr')}
"""
    types |= {"medication", "diagnosis"}
    if "K+" in change:
        types.add("lab_result")
    return Spec("pos", "prescription", "fr", r.choice(["Ajustement de médication", "Ordonnance — clinique IC",
                                                       "Changement de Rx"]), text, sa,
                [(ph[1], partner(ph[0], "labo"))], types, "ajustement d'ordonnance envoyé à une pharmacie",
                nams=[p] if p.nam else [], names=[nm])


def lab_reply(w, now):
    r = w.rng
    p = w.patient("fr", nam=False)
    pic = picture(r, r.choice(["hf", "af"]))
    n = w.pick_staff("nurse")
    doc = w.pick_staff("cardio")
    nm = name_as(p, r.choice(["title_sur", "title", "sf_caps", "initial"]), "fr")
    earlier = now - dt.timedelta(hours=r.randint(2, 30))
    orig = f"""Bonjour {doc.title} {doc.surname},

Résultats de {nm} ({p.mrn}) reçus ce matin : {labs_inline(pic, 'fr')}.
Poids {r.randint(58, 104)} kg ({r.choice(['+2,1', '+3,4', '-1,0'])} kg depuis la dernière visite), TA {r.randint(92, 148)}/{r.randint(54, 88)}.
On ajuste quelque chose?

{n.given}"""
    ans = r.choice([
        f"Oui : augmenter le furosémide à 60 mg die x 3 jours puis revenir à 40. Refaire créat/K lundi.",
        f"On garde tout pareil, mais reprendre les labos dans 1 semaine. Si K > 5,5 cesser la spironolactone.",
        f"Il faut {g(p, 'le', 'la')} voir cette semaine. Ajoute-{g(p, 'le', 'la')} à ma clinique de jeudi.",
    ])
    text = f"""{ans}

{doc.title} {doc.surname[0]}.

Le {d_fr(earlier.date(), 1)} à {earlier.hour:02d}:{earlier.minute:02d}, {n.full} <{n.email}> a écrit :
{quote(orig)}
"""
    types = {"patient_name", "mrn", "lab_result"}
    if "furosémide" in ans or "spironolactone" in ans:
        types.add("medication")
    return Spec("pos", "lab_followup", "fr", "RE: résultats " + r.choice(["labos IC", "du jour", p.mrn]), text,
                staff_addr(doc), [staff_addr(n)], types, "réponse à un suivi de résultats de laboratoire",
                reply_to_id=ORG_DOMAIN, names=[nm])


def discharge(w, now):
    r = w.rng
    p = w.patient("fr", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["hf", "cad", "valve", "icd"]))
    doc = w.pick_staff("cardio")
    s, sa = sender(w, "clerk")
    adm = now.date() - dt.timedelta(days=r.randint(4, 14))
    dis = now.date() - dt.timedelta(days=r.randint(0, 2))
    nam_s = fmt_nam(p.nam, "space") if p.nam else "—"
    paras = [f"Patient : {p.surname.upper()}, {p.given}    Sexe : {p.sex}    DDN : {d_fr(p.dob, 2)}",
             f"NAM : {nam_s}    Dossier : {p.mrn}",
             f"Admission : {d_fr(adm)}    Congé : {d_fr(dis)}    Médecin traitant : {doc.title} {doc.full}",
             "## Diagnostic principal", pic["dx_fr"],
             "## Évolution",
             r.choice([f"Admis{e_(p)} pour dyspnée de repos. Diurèse IV avec perte de {r.randint(3, 9)} kg. "
                       "Introduction d'un iSGLT2, titration du bêtabloquant limitée par hypotension.",
                       f"Coronarographie le {d_fr(adm + dt.timedelta(days=1), 1)} : sténose 90 % de la CD, ICP avec 1 tuteur actif. "
                       "Évolution sans complication.",
                       "Épisodes de TV récidivants, charge en amiodarone, reprogrammation du DCI. Pas de nouveau choc après J3."]),
             "## Résultats pertinents", labs_inline(pic, "fr"),
             "## Médication au congé"] + [med_str(m, "fr", 1) for m in pic["meds"]] + [
             "## Suivi", f"Clinique d'IC dans 2 semaines; labos dans 7 jours; réadaptation cardiaque à {r.choice(['débuter', 'discuter'])}."]
    docx = make_docx("Résumé de dossier — congé", paras, author=doc.full)
    fn = r.choice([f"Resume_conge_{ascii_slug(p.surname)}_{dis.strftime('%Y%m%d')}.docx", "Résumé de congé.docx",
                   f"conge_{p.mrn.replace(' ', '')}.docx"])
    gmf = w.patient("fr", age=(35, 60))
    text = f"""Bonjour Dr{'e' if gmf.sex == 'F' else ''} {gmf.surname},

Veuillez trouver ci-joint le résumé de congé de votre patient{e_(p)}, {g(p, 'hospitalisé', 'hospitalisée')} dans notre service du {d_fr(adm, 1)} au {d_fr(dis, 1)}.

Cordialement,
{signature(s, 'fr')}
"""
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result"} | ({"ramq_nam"} if p.nam else set())
    return Spec("pos", "discharge", "fr", r.choice(["Résumé de congé", "Résumé de dossier — cardiologie", "Sommaire d'hospitalisation"]),
                text, sa, [(f"Dr{'e' if gmf.sex == 'F' else ''} {gmf.full}", f"{ascii_slug(gmf.surname).lower()}@gmf4v.example")],
                types, "résumé de congé en DOCX", attachments=[Att("docx", fn, docx)], nams=[p] if p.nam else [],
                names=[f"{p.surname.upper()}, {p.given}"])


def insurer_form(w, now):
    r = w.rng
    p = w.patient("fr", nam=False, age=(38, 63))
    pic = picture(r, r.choice(["hf", "cad", "icd"]))
    doc = w.pick_staff("cardio")
    s, sa = sender(w, "clerk")
    sin = gen_sin(r)
    sin_s = fmt_sin(sin, r.choice(["space", "plain", "hyphen", "fullwidth", "dot"]))
    pol = f"{r.randint(100, 999)}-{r.randint(10000, 99999)}"
    nm = name_as(p, r.choice(["sf_caps", "full", "title"]), "fr")
    text = f"""{hello('fr', r)}

En réponse à votre demande du {d_fr(now.date() - dt.timedelta(days=r.randint(5, 20)), 1)}, voici les renseignements médicaux pour la réclamation d'invalidité de courte durée.

Assuré{e_(p)} : {nm}
Date de naissance : {dob_str(p, 'fr', r)}
NAS : {sin_s}
No de police / certificat : {pol}

Diagnostic : {pic['dx_fr']}
Date du début de l'incapacité : {d_fr(now.date() - dt.timedelta(days=r.randint(20, 60)))}
Restrictions : aucun effort soutenu, pas de conduite de véhicule lourd{' (DCI : 6 mois sans conduite commerciale)' if pic['kind'] == 'icd' else ''}
Retour au travail prévu : {r.choice(['progressif dans 8 semaines', 'à réévaluer dans 3 mois', 'indéterminé'])}

Le formulaire signé par {doc.title} {doc.full} est ci-joint (numérisé).

{signature(s, 'fr')}
"""
    lines = [f"Nom de l'assuré : {nm}", f"NAS : {fmt_sin(sin, 'space')}", f"Police : {pol}", "",
             f"Diagnostic : {pic['dx_fr']}", f"Traitement : {', '.join(med_str(m, 'fr', 0) for m in pic['meds'])}", "",
             f"Signature : {doc.title} {doc.full}, cardiologue     Date : {d_fr(now.date(), 2)}"]
    pdf = make_pdf("Déclaration du médecin traitant — invalidité", lines, author="ICVB")
    types = {"patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication"}
    return Spec("pos", "insurer_form", "fr", r.choice(["Réclamation invalidité — renseignements médicaux",
                                                       f"Votre dossier {pol}", "Formulaire assureur"]), text, sa,
                [("Service des réclamations", partner("ins1", "reclamations"))], types,
                "formulaire d'invalidité à un assureur avec NAS",
                attachments=[Att("pdf", f"Declaration_medecin_{pol}.pdf", pdf)], ids=[("ca_sin", sin)], names=[nm])


def family_forward(w, now):
    r = w.rng
    p = w.patient("fr", nam=False, age=(70, 92))
    n = w.pick_staff("nurse")
    c, ca = sender(w, "clerk")
    child = w.patient("fr", age=(35, 60))
    rel = r.choice(["la fille", "la belle-fille"]) if child.sex == "F" else r.choice(["le fils", "le gendre"])
    sym = r.choice([f"{il(p)} a les jambes très enflées depuis 4 jours et dort assis{e_(p)}", f"{il(p)} a pris 3 kg cette semaine et tousse la nuit",
                    f"{il(p)} a eu un étourdissement et est tombé{e_(p)} dans la salle de bain", f"{il(p)} oublie ses pilules le soir, surtout le Lasix"])
    earlier = now - dt.timedelta(hours=r.randint(1, 20))
    orig = f"""Bonjour,
Je suis {rel} de {name_as(p, 'full', 'fr')}, suivi{e_(p)} à la clinique d'insuffisance cardiaque.
Je vous écris parce qu'{sym}. Est-ce qu'on doit aller à l'urgence ou attendre son rendez-vous du {d_fr(w.future(now.date(), 5, 15), 1)}?
Vous pouvez me joindre au {child.cell}. Sa date de naissance est le {dob_str(p, 'fr', r)} si ça peut aider.
Merci
{child.given}"""
    text = f"""{n.given}, peux-tu rappeler? Reçu à l'adresse générale.

{c.given}

---------- Message transféré ----------
De : {child.given} {child.surname} <{ascii_slug(child.given).lower()}{r.randint(10, 99)}@courriel.example>
Date : {d_fr(earlier.date())} {earlier.hour:02d}:{earlier.minute:02d}
Objet : question pour {g(p, 'mon père', 'ma mère')}
À : clinique.ic@{ORG_DOMAIN}

{orig}
"""
    types = {"patient_name", "date_of_birth", "diagnosis"}
    if "Lasix" in sym:
        types.add("medication")
    return Spec("pos", "forward", "fr", "TR: question pour " + g(p, "mon père", "ma mère"), text, ca, [staff_addr(n)], types,
                "courriel d'une proche transféré à l'infirmière", names=[name_as(p, "full", "fr")])


def ics_booking(w, now):
    r = w.rng
    p = w.patient("fr", nam=r.random() < 0.4)
    s, sa = sender(w, "clerk")
    doc = w.pick_staff("cardio")
    t = appt_time(w, now.date(), 2, 25)
    proc = r.choice(["Cardioversion élective", "ETO", "Implantation DCI", "Changement de boîtier", "Ablation flutter"])
    nm = name_as(p, r.choice(["sf_caps", "title"]), "fr")
    desc = f"{nm} — dossier {p.mrn}\n"
    if p.nam:
        desc += f"DDN {d_fr(p.dob, 2)}, sexe {p.sex}, NAM {fmt_nam(p.nam, 'space')}\n"
    desc += r.choice(["À jeun depuis minuit. Cesser apixaban 48 h avant.", "Prévoir anesthésie (sédation profonde).",
                      "Allergie à l'iode. Patient anticoagulé (warfarine), RNI le matin même."])
    ics = make_ics(f"{stable_hex(t, nm)}@{ORG_DOMAIN}", t, t + dt.timedelta(minutes=90), f"{proc} — {nm}",
                   desc, "Salle EP 2, pavillon B", (s.full, s.email), [(doc.full, doc.email)])
    text = f"""{hello('fr', r, doc.given)}

Invitation pour : {proc}, {d_short(t)} à {hhmm(t, 'fr')}. Les détails sont dans l'invitation.

{s.given}
"""
    types = {"patient_name", "mrn", "diagnosis"} | ({"ramq_nam", "date_of_birth"} if p.nam else set())
    if "apixaban" in desc or "warfarine" in desc:
        types.add("medication")
    return Spec("pos", "booking", "fr", f"Invitation : {proc} {d_fr(t.date(), 1)}", text, sa, [staff_addr(doc)], types,
                "invitation de calendrier pour une procédure", attachments=[Att("ics", "invite.ics", ics)],
                nams=[p] if p.nam else [], names=[nm])


def d_short(t):
    from gen_common import d_short_fr
    return d_short_fr(t.date() if hasattr(t, "date") else t)


def vcard_patient(w, now):
    r = w.rng
    p = w.patient("fr", nam=False, age=(66, 91))
    s, sa = sender(w, "sw")
    to = partner("clsc", "soutien.domicile")
    note = r.choice(["Suivi clinique IC ICVB — vit seul" + e_(p) + ", pesée quotidienne à vérifier",
                     "Post-pontage — aide aux bains demandée; proche aidant hospitalisé",
                     "Insuffisance cardiaque NYHA III — oxygène à domicile"])
    vcf = make_vcard(p.given, p.surname, tel=p.phone, cell=p.cell, street=p.street, city=p.city, region="QC",
                     postal=p.postal, note=note)
    text = f"""{hello('fr', r)}

Tel que discuté au téléphone, voici les coordonnées de l'usager{'ère' if p.sex == 'F' else ''} pour l'évaluation du soutien à domicile (fiche jointe).
{r.choice(['Congé prévu vendredi.', 'La famille est au courant de la demande.', 'Merci de prioriser, retour à domicile fragile.'])}

{signature(s, 'fr')}
"""
    fn = f"{ascii_slug(p.given)} {ascii_slug(p.surname)}.vcf"
    types = {"patient_name", "patient_contact", "diagnosis"} | ({"social_information"} if "vit seul" in note or "aidant" in note else set())
    return Spec("pos", "community_referral", "fr", "Demande SAD — coordonnées", text, sa,
                [("Soutien à domicile CLSC", to)], types, "fiche contact vCard d'un usager pour le CLSC",
                attachments=[Att("vcf", fn, vcf)], names=[p.full])


def zip_ecg(w, now):
    r = w.rng
    s, sa = sender(w, "nurse")
    doc = w.pick_staff("cardio")
    members, names = [], []
    for _ in range(r.randint(3, 5)):
        p = w.patient("fr", nam=False)
        rythm = r.choice(["FA à RV rapide 128/min", "rythme sinusal, BBG complet, QRS 162 ms", "flutter 2:1",
                          "rythme électroentraîné", "RS, QTc 512 ms", "BAV 1er degré, PR 280 ms"])
        pdf = make_pdf("ECG 12 dérivations", [f"{p.surname.upper()} {p.given}   Dossier {p.mrn}",
                                              f"Date : {d_fr(now.date(), 2)}", "", f"Interprétation automatique : {rythm}",
                                              "Non confirmé"], author="ECG")
        members.append((f"ECG_{ascii_slug(p.surname).upper()}_{ascii_slug(p.given)}.pdf", pdf))
        names.append(f"{p.surname.upper()} {p.given}")
    z = make_zip(members)
    text = f"""{hello('fr', r, doc.given)}

Voici les ECG de la clinique de FA de ce matin, à relire et signer ({len(members)} tracés).
{r.choice(['Le 2e me semble avoir un QT long, à vérifier avant de renouveler le sotalol.', 'Merci!', 'Le système de signature électronique est encore en panne.'])}

{s.given}
"""
    return Spec("pos", "test_result", "fr", "ECG à signer — clinique FA", text, sa, [staff_addr(doc)],
                {"patient_name", "mrn", "diagnosis", "lab_result"}, "archive ZIP d'ECG nominatifs à signer",
                attachments=[Att("zip", f"ECG_clinique_FA_{now.strftime('%Y%m%d')}.zip", z)], names=names[:1])


def eml_forward(w, now):
    r = w.rng
    p = w.patient("fr", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["cad", "hf", "af"]))
    doc = w.pick_staff("cardio")
    doc2 = w.pick_staff("cardio")
    s, sa = sender(w, "nurse")
    ident, types, nm = inline_ident(w, p, "fr")
    inner_text = f"""Bonjour {doc2.title} {doc2.surname},

Consultation de ce jour pour {ident}.

Impression : {pic['dx_fr']}.
Labos : {labs_inline(pic, 'fr')}.
Plan : {r.choice(['coronarographie à céduler', 'titration de la médication, revoir dans 6 semaines', 'référence en électrophysiologie'])}.
Médication : {', '.join(med_str(m, 'fr', 2) for m in pic['meds'])}.

{doc.title} {doc.full}"""
    from gen_build import Spec as _S
    inner = _S("pos", "consult", "fr", f"Consultation — {nm}", inner_text, staff_addr(doc), [staff_addr(doc2)])
    inner.date = now - dt.timedelta(days=r.randint(1, 6))
    text = f"""{hello('fr', r)}

Je vous fais suivre la note de consultation en pièce jointe pour la préparation du dossier de {r.choice(['la réunion multidisciplinaire de mardi', "l'équipe de greffe", 'la demande de TAVI'])}.

{s.given}
"""
    types |= {"diagnosis", "lab_result", "medication"}
    return Spec("pos", "forward", "fr", r.choice(["TR: consultation", "Note de consultation", "Pour la réunion de mardi"]),
                text, sa, [("Secrétariat réunion multidisciplinaire", f"rmd@{ORG_DOMAIN}")], types,
                "note de consultation jointe en .eml", attachments=[Att("eml", "consultation.eml", inner)],
                nams=[p] if p.nam else [], names=[nm])


def dpj_peds(w, now):
    r = w.rng
    p = w.patient("fr", nam=True, age=(3, 17))
    s, sa = sender(w, "sw")
    doc = w.pick_staff("cardio")
    ident, types, nm = inline_ident(w, p, "fr")
    cond = r.choice(["une tétralogie de Fallot opérée, suivi annuel", "une CIV opérée, sous furosémide", "un syndrome du QT long congénital sous nadolol"])
    text = f"""{hello('fr', r)}

Je vous écris au sujet de l'enfant {ident}, suivi{e_(p)} en cardiologie pédiatrique pour {cond}.

Trois rendez-vous manqués depuis septembre, dont l'écho de contrôle. La mère nous dit ne plus avoir de voiture et {r.choice(['vivre dans un refuge depuis novembre', 'ne plus avoir la garde depuis le jugement de décembre', 'être en conflit avec la famille d’accueil'])}.
Un signalement a été retenu en {r.choice(['octobre', 'novembre', 'janvier'])} (dossier DPJ {r.randint(10, 99)}-{r.randint(100000, 999999)}).

Pouvez-vous nous indiquer la personne autorisée à consentir aux soins et à accompagner l'enfant au prochain rendez-vous ({d_fr(w.future(now.date(), 10, 30))})?

{signature(s, 'fr')}
"""
    types |= {"diagnosis", "social_information"}
    if "furosémide" in cond or "nadolol" in cond:
        types.add("medication")
    return Spec("pos", "social_work", "fr", r.choice(["Enfant suivi en cardiologie — coordination", "Signalement — suivi médical"]),
                text, sa, [("Intervenante DPJ", partner("dpj", "intervention.3r"))], types,
                "coordination avec la protection de la jeunesse", nams=[p] if p.nam else [], names=[nm])


def nir_patient(w, now):
    r = w.rng
    p = w.patient("fr", nam=False, age=(55, 85))
    pic = picture(r, r.choice(["cad", "af", "hf"]))
    s, sa = sender(w, "clerk")
    nir = gen_nir(r, p.dob, p.sex)
    nm = name_as(p, r.choice(["sf_caps", "title", "full"]), "fr")
    adm = now.date() - dt.timedelta(days=r.randint(3, 15))
    text = f"""Madame, Monsieur,

{g(p, 'Monsieur', 'Madame')} {p.given} {p.surname}, ressortissant{e_(p)} français{'e' if p.sex == 'F' else ''} en séjour au Québec, a été {g(p, 'hospitalisé', 'hospitalisée')} dans notre établissement du {d_fr(adm)} au {d_fr(now.date())}.

Identité : {nm}, {g(p, 'né', 'née')} le {d_fr(p.dob)}
N° de sécurité sociale : {fmt_nir(nir, r.choice(['space', 'plain', 'dot', 'key']))}
Diagnostic : {pic['dx_fr']}

Nous vous transmettons la facture détaillée pour la prise en charge des soins urgents à l'étranger, ainsi que le compte rendu d'hospitalisation destiné au médecin traitant, le {r.choice(['Dr', 'Docteur'])} {w.patient('fr', age=(40, 60)).surname} à Vienne-sur-Loire.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{signature(s, 'fr')}
Bureau de la facturation des non-résidents
"""
    types = {"patient_name", "date_of_birth", "fr_nir", "diagnosis"}
    return Spec("pos", "insurer_form", "fr", "Soins urgents à l'étranger — assuré" + e_(p) + " français" + ("e" if p.sex == "F" else ""),
                text, sa, [("Relations internationales", partner("cpam", "soins.etranger"))], types,
                "prise en charge d'un patient français avec NIR", ids=[("fr_nir", nir)], names=[nm])


def niss_patient(w, now):
    r = w.rng
    p = w.patient("fr", nam=False, age=(50, 82))
    pic = picture(r, r.choice(["valve", "cad", "icd"]))
    doc = w.pick_staff("cardio")
    niss = gen_niss(r, p.dob, p.sex)
    nm = name_as(p, r.choice(["sf_caps", "full"]), "fr")
    lines = [f"Patient{e_(p)} : {nm}", f"Date de naissance : {d_fr(p.dob, 1)}",
             f"NISS : {fmt_niss(niss, 'std')}", "", f"Diagnostic : {pic['dx_fr']}",
             f"Traitement : {', '.join(med_str(m, 'fr', 1) for m in pic['meds'])}",
             f"Résultats : {labs_inline(pic, 'fr')}", "", "Rapatriement médicalisé prévu ; reprise du suivi au CHU."]
    pdf = make_pdf("Lettre de transfert", lines, author=doc.full)
    text = f"""Chère Consœur, cher Confrère,

Dans le cadre du rapatriement de {nm} (NISS {fmt_niss(niss, r.choice(['std', 'plain', 'space', 'slash']))}), vous trouverez ci-joint la lettre de transfert et les derniers résultats.
{r.choice(['Le vol est prévu jeudi avec une infirmière d’escorte.', 'Merci de confirmer l’acceptation du transfert dans votre service.', 'La mutualité a été informée.'])}

Confraternellement,
{signature(doc, 'fr')}
"""
    types = {"patient_name", "date_of_birth", "be_niss", "diagnosis", "medication", "lab_result"}
    return Spec("pos", "transfer", "fr", "Rapatriement — lettre de transfert", text, staff_addr(doc),
                [("Service de cardiologie", partner("namur", "cardiologie"))], types,
                "transfert vers un hôpital belge avec NISS",
                attachments=[Att("pdf", f"Transfert_{ascii_slug(p.surname)}.pdf", pdf)], ids=[("be_niss", niss)], names=[nm])


def csv_remote(w, now):
    r = w.rng
    s, sa = sender(w, "device")
    doc = w.pick_staff("cardio")
    rows = [["Date_transmission", "Nom", "Prenom", "No_dossier", "Dispositif", "Alerte", "Priorite"]]
    names = []
    for _ in range(r.randint(6, 11)):
        p = w.patient("fr", nam=False)
        rows.append([d_fr(now.date() - dt.timedelta(days=r.randint(0, 3)), 2), p.surname.upper(), p.given, p.mrn,
                     r.choice(["DDD", "VVI", "DCI-VR", "CRT-D", "Moniteur implantable"]),
                     r.choice(["FA > 6 h", "TVNS", "Batterie IRR", "Impédance VD anormale", "Choc délivré", "Pause > 3 s",
                               "Fardeau FA 24 %", "Congestion (indice élevé)"]),
                     r.choice(["Haute", "Moyenne", "Basse"])])
        names.append(p.surname.upper())
    csv = make_csv(rows, delimiter=";")
    text = f"""{hello('fr', r, doc.given)}

Export des alertes de télésurveillance non traitées en fin de semaine. Les priorités hautes sont en premier.

{signature(s, 'fr', short=True)}
"""
    return Spec("pos", "device_followup", "fr", "Alertes télésurveillance — export", text, sa, [staff_addr(doc)],
                {"patient_name", "mrn", "diagnosis"}, "export CSV des alertes de télésurveillance",
                attachments=[Att("csv", f"alertes_{now.strftime('%Y%m%d')}.csv", csv, charset=r.choice(["utf-8", "windows-1252"]))],
                names=names[:1])


def violence(w, now):
    r = w.rng
    p = w.patient("fr", nam=False, sex="F", age=(40, 70))
    s, sa = sender(w, "sw")
    n = w.pick_staff("nurse")
    nm = name_as(p, r.choice(["title", "initials2", "sf"]), "fr")
    text = f"""{n.given},

Pour {nm} (ch. {r.randint(410, 438)}, post-NSTEMI) : elle m'a confié ce matin que son conjoint est violent et qu'elle ne veut pas qu'on lui donne d'information.
Merci de ne transmettre AUCUN renseignement par téléphone et de vérifier l'identité des visiteurs.
J'ai contacté la maison d'hébergement {r.choice(['La Traverse', 'Le Phare du Lac', "L'Escale des Rives"])} : une place est possible au congé. Numéro sécuritaire pour la joindre : {p.cell} (cell. de sa sœur).

{s.given} {s.surname}, t.s.
"""
    return Spec("pos", "social_work", "fr", r.choice(["Confidentiel — consignes de sécurité", "Consignes ch." + text.split('ch. ')[1][:3]]),
                text, sa, [staff_addr(n)], {"patient_name", "diagnosis", "social_information", "patient_contact"},
                "consignes de sécurité pour une patiente victime de violence", names=[nm])


def given_only(w, now):
    r = w.rng
    p = w.patient("fr", nam=False)
    s, sa = sender(w, "nurse")
    to = w.pick_staff("nurse")
    room = r.randint(401, 438)
    nm = p.given
    text = f"""Salut {to.given},

{p.given} du {room} a fait {r.choice(['une TV de 20 secondes à 5 h, asymptomatique', 'un OAP vers 3 h, furo 80 IV et BiPAP', 'de la douleur rétrosternale à 4 h, trop 212'])}. {r.choice(['Le résident a augmenté le métoprolol.', 'Le cardiologue passe à 8 h.', 'La famille a été avisée.'])}
{il(p).capitalize()} est stable depuis. Sa fille appelle souvent, ne pas donner de détails sans le consentement.

Bon quart
{s.given}
"""
    types = {"patient_name", "diagnosis"}
    if "métoprolol" in text or "furo" in text:
        types.add("medication")
    if "trop" in text:
        types.add("lab_result")
    return Spec("pos", "quick_note", "fr", f"Ch. {room}", text, sa, [staff_addr(to)], types,
                "note de passation entre infirmières (prénom et chambre)", names=[nm], force={"format": "plain"})


TEMPLATES = [rehab_intake, rehab_intake, transport, transport, pharmacy, pharmacy, lab_reply, lab_reply, discharge,
             discharge, insurer_form, insurer_form, family_forward, ics_booking, ics_booking, vcard_patient, zip_ecg,
             eml_forward, eml_forward, dpj_peds, nir_patient, nir_patient, niss_patient, niss_patient, csv_remote,
             violence, given_only]
