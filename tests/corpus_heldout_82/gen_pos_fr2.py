"""Confidential messages in French, part 2 (step 7): insurers, social, eHealthBox, MSSanté, Québec."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
import gen_ids as I
import gen_mime as M
from gen_pos_fr1 import close, doc_addr, gp, greet, id_str, meds_block, né, vous_patient

PED_DX = [("bronchiolite à VRS avec besoin d'oxygène", "RSV bronchiolitis requiring oxygen", "salbutamol si besoin"),
          ("fracture supracondylienne du coude gauche", "left supracondylar elbow fracture", "ibuprofène 10 mg/kg 3x/j"),
          ("diabète de type 1 inaugural avec acidocétose", "new-onset type 1 diabetes with ketoacidosis", "insuline glargine 8 UI le soir"),
          ("crise d'asthme sévère", "severe asthma attack", "fluticasone 125 µg 2 bouffées 2x/j"),
          ("otite moyenne aiguë récidivante", "recurrent acute otitis media", "amoxicilline 80 mg/kg/j"),
          ("convulsion fébrile complexe", "complex febrile seizure", "paracétamol 15 mg/kg si fièvre")]


def kine_mut(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "mutualite")
    p = ctx.patient("be")
    m.p = p
    mut = rng.choice(G.BE_MUT)
    mdom = G.slug(mut).replace(".", "-")[:22].rstrip("-") + ".example"
    m.date = ctx.when()
    g, org, gdom = gp(ctx, "be")
    kind = rng.choice(["kine_e", "incapacite", "bim", "fa"])
    name = I.fmt_name(rng, p, style=rng.choice(["upper_first", "title", "sur_comma"]))
    m.t("patient_name")
    lines = ["Madame, Monsieur le Médecin-conseil,", ""]
    if kind == "kine_e":
        path = rng.choice(C.KINE_E)
        lines += ["Je sollicite pour %s un accord pour des séances de kinésithérapie dans le cadre de la liste des pathologies lourdes (E)." % name,
                  "Diagnostic : %s, évoluant depuis %d ans." % (path, rng.randrange(2, 15)),
                  "Nombre de séances souhaitées : %d, à raison de 3 par semaine." % rng.choice([60, 90, 120])]
        m.t("diagnosis")
        subj = "Demande d'accord kiné – pathologie E"
    elif kind == "incapacite":
        dx = C.pick_dx(rng, p)
        lines += ["Je vous transmets la prolongation de l'incapacité de travail %s jusqu'au %s." % (
                      I.de(name), (m.date + datetime.timedelta(days=rng.choice([14, 30, 60]))).strftime("%d/%m/%Y")),
                  "Diagnostic : %s." % dx["fr"], "Reprise à temps partiel envisagée après réévaluation."]
        m.t("diagnosis")
        subj = "Certificat d'incapacité de travail – prolongation"
    elif kind == "bim":
        lines += ["%s, en incapacité depuis plus d'un an, vit seul(e) avec un revenu de remplacement et demande le statut BIM (intervention majorée)." % name,
                  "Les frais de médicaments pour sa %s pèsent lourdement sur son budget ; pouvez-vous lui envoyer le formulaire ?" % rng.choice(["BPCO", "polyarthrite", "dépression"]),
                  "Elle/il est également suivi(e) par le CPAS de sa commune."]
        m.t("social_information", "diagnosis")
        subj = "Demande d'intervention majorée"
    else:
        lines += ["Je vous adresse la demande de forfait pour %s, patient(e) atteint(e) d'une affection chronique (%s)." % (
                      name, rng.choice(["insuffisance rénale dialysée", "mucoviscidose", "sclérose latérale amyotrophique"])),
                  "Le dossier médical global (DMG) est tenu à notre cabinet."]
        m.t("diagnosis")
        subj = "Statut affection chronique – demande"
    lines.append(id_str(rng, p, m))
    if rng.random() < 0.5:
        lines.append("Date de naissance : " + I.fmt_date_fr(rng, p["dob"]))
        m.t("date_of_birth")
    if rng.random() < 0.4:
        lines.append("Adresse : " + I.address(rng, "be"))
        m.t("patient_contact")
    lines += ["", "Je reste à votre disposition pour tout complément.", "",
              G.signature(rng, g, "Médecin généraliste", org, inami=I.make_inami(rng, comp="004"))]
    m.text = "\n".join(lines)
    m.subject = subj + rng.choice(["", " – " + p["surname"].upper(), " (dossier joint)"])
    if rng.random() < 0.3:
        m.attachments.append(M.Attach("formulaire_%s.pdf" % kind, "application/pdf",
                                      A.pdf(["# Annexe – %s" % subj, "Bénéficiaire : %s %s" % (p["surname"].upper(), p["given"]),
                                             "NISS : " + p["niss"], "Voir courrier d'accompagnement."])))
    m.sender = doc_addr(g, gdom)
    m.to = [("Médecin-conseil – %s" % mut, "medecin-conseil@" + mdom)]
    m.note = "GP to the sickness fund's advising physician (%s)" % kind
    return m


def cpam(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "cpam")
    p = ctx.patient("fr")
    m.p = p
    cp = rng.choice(G.FR_CPAM)
    m.date = ctx.when()
    g, org, gdom = gp(ctx, "fr")
    kind = rng.choice(["ald", "transport", "css", "at", "ald"])
    name = I.fmt_name(rng, p)
    m.t("patient_name")
    lines = ["Madame, Monsieur,", ""]
    if kind == "ald":
        code, lib = rng.choice(C.ALD)
        lines += ["Je vous adresse le protocole de soins pour la prise en charge en %s (%s) %s." % (code, lib, I.de(name)),
                  "Le diagnostic a été posé le %s : %s." % ((m.date - datetime.timedelta(days=40)).strftime("%d/%m/%Y"),
                                                        C.pick_dx(rng, p)["fr"]),
                  "Le protocole signé par le patient suit par voie postale."]
        m.t("diagnosis")
        subj = "Protocole de soins ALD"
    elif kind == "transport":
        lines += ["Demande d'accord préalable de transport en série pour %s, dialysé(e) trois fois par semaine au centre de %s." % (
                      name, rng.choice(["Lille-Sud", "Roubaix", "Strasbourg-Neudorf"])),
                  "Domicile : " + I.address(rng, "fr") + ".", "Transport assis professionnalisé (VSL) justifié par l'asthénie post-dialyse."]
        m.t("diagnosis", "patient_contact")
        subj = "Accord préalable transport"
    elif kind == "css":
        lines += ["Notre service social accompagne %s, hospitalisé(e) depuis le %s, sans complémentaire santé et bénéficiaire du RSA." % (
                      name, (m.date - datetime.timedelta(days=9)).strftime("%d/%m")),
                  "Nous sollicitons un examen prioritaire de sa demande de complémentaire santé solidaire (CSS), le dossier est complet.",
                  "Hébergement actuel : chez un tiers, sans domicile stable."]
        m.t("social_information")
        subj = "Demande CSS prioritaire"
    else:
        lines += ["Suite à l'accident du travail %s le %s (chute d'échelle, %s), je vous transmets le certificat médical de prolongation." % (
                      I.de(name), (m.date - datetime.timedelta(days=20)).strftime("%d/%m/%Y"),
                      rng.choice(["fracture du calcanéum droit", "entorse grave du genou", "traumatisme lombaire"])),
                  "Arrêt prolongé de 30 jours, soins de kiné en cours."]
        m.t("diagnosis")
        subj = "Certificat AT – prolongation"
    lines.append(id_str(rng, p, m))
    if rng.random() < 0.4:
        lines.append("Née/né le " + I.fmt_date_fr(rng, p["dob"]))
        m.t("date_of_birth")
    lines += ["", "Avec mes salutations distinguées,", "",
              G.signature(rng, g, "Médecin traitant", org, rpps=I.make_rpps(rng))]
    if kind == "css":
        aso = ctx.staff("")
        lines[-1] = G.signature(rng, aso, "Assistante sociale", ctx.hosp("fr"))
    m.text = "\n".join(lines)
    m.subject = subj + rng.choice(["", " – " + I.fmt_name(rng, p, style="upper_first"), " – urgent"])
    m.sender = doc_addr(g, gdom)
    m.to = [(cp + " – service médical", "service-medical@" + G.slug(cp).replace(".", "-")[:20].rstrip("-") + ".example")]
    m.note = "paperwork to the French health insurance fund (%s)" % kind
    return m


def social_be(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "social")
    kind = rng.choice(["amu", "saj", "violence", "sdf"])
    child = kind == "saj"
    p = ctx.patient("be", age_range=(1, 12) if child else (19, 70))
    m.p = p
    h = ctx.hosp("be")
    aso = ctx.staff("")
    m.date = ctx.when()
    name = I.fmt_name(rng, p, style=rng.choice(["title", "upper_first", "plain"]) if not child else "plain")
    m.t("patient_name", "social_information")
    lines = ["Bonjour,", ""]
    if kind == "amu":
        to = ("CPAS – service social", "aide.medicale@cpas-%s.example" % rng.choice(["schaerbeek", "anderlecht", "charleroi", "liege"]))
        lines += ["Nous hospitalisons depuis le %s %s, en séjour irrégulier, pour %s." % (
                      (m.date - datetime.timedelta(days=4)).strftime("%d/%m"), name, C.pick_dx(rng, p)["fr"]),
                  "Nous introduisons une demande d'aide médicale urgente (AMU) ; l'attestation du médecin est jointe.",
                  "Il/elle dit loger chez un compatriote, " + I.address(rng, "be") + "."]
        m.t("diagnosis", "patient_contact")
        subj = "Demande AMU"
    elif kind == "saj":
        to = ("Service de l'aide à la jeunesse", "saj.%s@aidealajeunesse.example" % rng.choice(["bruxelles", "namur", "mons"]))
        lines += ["Suite à notre appel de ce matin, nous vous confirmons par écrit notre inquiétude concernant l'enfant %s, %s le %s." % (
                      name, né(p), I.fmt_date_fr(rng, p["dob"])),
                  "Vu(e) aux urgences pédiatriques pour %s, avec des explications variables des parents." % rng.choice(
                      ["ecchymoses d'âges différents sur le dos", "une fracture spiroïde de l'humérus", "une brûlure en forme de cercle"]),
                  "L'équipe SOS-Enfants a été sollicitée ; l'enfant reste hospitalisé(e) en attendant votre décision."]
        m.t("date_of_birth", "diagnosis")
        subj = "Situation préoccupante – enfant hospitalisé"
    elif kind == "violence":
        to = ("Centre de prise en charge des violences sexuelles", "cpvs@%s" % h["dom"])
        lines += ["Nous orientons vers vous %s, reçue aux urgences cette nuit après des violences conjugales (coups au visage, contusions costales)." % name,
                  "Elle ne souhaite pas rentrer au domicile ; une place en maison d'accueil est recherchée.",
                  "Elle est joignable uniquement au %s (ne pas laisser de message vocal)." % I.phone_be(rng)]
        m.t("diagnosis", "patient_contact")
        subj = "Orientation – patiente vue aux urgences"
    else:
        to = ("Relais social urbain", "relais@relais-social.example")
        lines += ["%s sort demain de notre service de %s (%s). Il/elle est sans abri depuis six mois." % (
                      name, rng.choice(["médecine interne", "pneumologie"]), rng.choice(["pneumonie", "ulcères de jambe infectés", "décompensation diabétique"])),
                  "Pourriez-vous lui trouver une place en maison médicale d'accueil ou un lit d'abri de nuit avec soins ?",
                  "Revenus : aucun, dossier RIS en cours au CPAS."]
        m.t("diagnosis")
        subj = "Sortie d'un patient sans domicile"
    if rng.random() < 0.5:
        lines.append(id_str(rng, p, m))
    lines += ["", rng.choice(["Bien à vous,", "Cordialement,", "Merci pour votre aide rapide,"]), "",
              G.signature(rng, aso, rng.choice(["Assistante sociale", "Assistant social", "Service social hospitalier"]), h)]
    m.text = "\n".join(lines)
    m.subject = subj + rng.choice(["", " – " + p["surname"].upper(), ""])
    m.sender = ("%s %s" % (aso["given"], aso["surname"]), G.email_of(aso, h["dom"]))
    m.to = [to]
    m.note = "hospital social worker, social situation (%s, be)" % kind
    return m


def social_fr(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "social")
    kind = rng.choice(["ip", "siao", "rsa", "psy"])
    child = kind == "ip"
    p = ctx.patient("fr", age_range=(0, 15) if child else (20, 75))
    m.p = p
    h = ctx.hosp("fr")
    who = ctx.staff("Dr" if kind in ("ip", "psy") else "")
    m.date = ctx.when()
    name = I.fmt_name(rng, p, style=rng.choice(["upper_first", "plain", "title"]) if not child else rng.choice(["plain", "upper_first"]))
    m.t("patient_name", "social_information")
    lines = [rng.choice(["Madame, Monsieur,", "Bonjour,"]), ""]
    if kind == "ip":
        to = ("CRIP – Cellule de recueil des informations préoccupantes", "crip@departement-%s.example" % rng.choice(["59", "67"]))
        lines += ["Je vous transmets une information préoccupante concernant %s, %s le %s, domicilié(e) chez sa mère, %s." % (
                      name, né(p), p["dob"].strftime("%d/%m/%Y"), I.address(rng, "fr")),
                  "L'enfant a été vu(e) à plusieurs reprises aux urgences pour %s ; la famille ne se présente pas aux rendez-vous de suivi." % rng.choice(
                      ["des chutes répétées", "une perte de poids", "des troubles du comportement"]),
                  "Un suivi par l'Aide sociale à l'enfance (ASE) avait été mis en place en 2022."]
        m.t("date_of_birth", "patient_contact", "diagnosis")
        subj = "Information préoccupante"
    elif kind == "siao":
        to = ("SIAO 115", "siao@siao-%s.example" % rng.choice(["nord", "basrhin"]))
        lines += ["Demande d'hébergement pour %s, sortant d'hospitalisation le %s, actuellement à la rue." % (
                      name, (m.date + datetime.timedelta(days=2)).strftime("%d/%m/%Y")),
                  "Besoins : soins infirmiers quotidiens (%s), hébergement sans escaliers." % rng.choice(
                      ["pansement d'amputation d'orteil", "injections d'insuline", "oxygénothérapie"]),
                  "Un lit halte soins santé (LHSS) serait idéal."]
        m.t("diagnosis")
        subj = "Demande LHSS / hébergement"
    elif kind == "rsa":
        to = ("Conseil départemental – service RSA", "rsa@departement-%s.example" % rng.choice(["59", "67"]))
        lines += ["Je certifie que l'état de santé %s (%s) ne lui permet pas actuellement de s'engager dans un parcours d'insertion professionnelle." % (
                      I.de(name), rng.choice(["dépression sévère", "lombalgie chronique invalidante", "cancer en cours de traitement"])),
                  "Elle/il bénéficie du RSA depuis 2021 et vit seul(e) avec deux enfants."]
        m.t("diagnosis")
        subj = "Certificat – contrat d'engagement RSA"
    else:
        to = ("Tribunal judiciaire – juge des contentieux de la protection", "jcp.tj-%s@justice.example" % rng.choice(["lille", "strasbourg"]))
        lines += ["Suite à la demande de mesure de protection pour %s, je vous transmets mon certificat circonstancié." % name,
                  "Les troubles cognitifs (%s) altèrent sa capacité à gérer ses biens ; une curatelle renforcée paraît adaptée." %
                  rng.choice(["maladie d'Alzheimer", "démence vasculaire", "syndrome de Korsakoff"]),
                  "La patiente/le patient a des dettes locatives et une procédure d'expulsion est en cours."]
        m.t("diagnosis")
        subj = "Certificat médical circonstancié – mesure de protection"
    if rng.random() < 0.5:
        lines.append(id_str(rng, p, m))
    lines += ["", "Veuillez agréer l'expression de mes salutations distinguées.", "",
              G.signature(rng, who, {"ip": "Pédiatre", "psy": "Médecin psychiatre"}.get(kind, rng.choice(["Assistante sociale", "Assistant social"])), h)]
    m.text = "\n".join(lines)
    m.subject = subj + rng.choice(["", " – " + p["surname"].upper()])
    m.sender = ("%s %s" % (who["given"], who["surname"]), G.email_of(who, h["dom"]))
    m.to = [to]
    m.note = "social situation sent to an outside body (%s, fr)" % kind
    return m


KMEHR = """<?xml version="1.0" encoding="UTF-8"?>
<kmehrmessage xmlns="http://www.ehealth.fgov.be/standards/kmehr/schema/v1">
  <header>
    <standard><cd S="CD-STANDARD" SV="1.0">20240301</cd></standard>
    <id S="ID-KMEHR" SV="1.0">{inami}.{msgid}</id>
    <date>{date}</date>
    <sender><hcparty><id S="ID-HCPARTY" SV="1.0">{inami}</id><cd S="CD-HCPARTY" SV="1.0">persphysician</cd>
      <firstname>{dgiven}</firstname><familyname>{dsur}</familyname></hcparty></sender>
  </header>
  <folder>
    <id S="ID-KMEHR" SV="1.0">1</id>
    <patient>
      <id S="ID-PATIENT" SV="1.0">{niss}</id>
      <firstname>{given}</firstname>
      <familyname>{sur}</familyname>
      <birthdate><date>{dob}</date></birthdate>
      <sex><cd S="CD-SEX" SV="1.0">{sexl}</cd></sex>
    </patient>
    <transaction>
      <cd S="CD-TRANSACTION" SV="1.0">{ttype}</cd>
      <item><cd S="CD-ITEM" SV="1.0">problem</cd><content><text L="fr">{dx}</text></content></item>
      {meds}
    </transaction>
  </folder>
</kmehrmessage>
"""


def ehealthbox(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "ehealthbox")
    p = ctx.patient("be")
    m.p = p
    h = ctx.hosp("be")
    doc = ctx.staff("Dr")
    g, org, gdom = gp(ctx, "be")
    dx = C.pick_dx(rng, p)
    m.date = ctx.when()
    inami = I.make_inami(rng, comp=rng.choice(["580", "690", "830"]))
    sent = m.date - datetime.timedelta(hours=rng.randrange(2, 50))
    ttype = rng.choice(["contactreport", "note", "result"])
    m.t("patient_name", "diagnosis", "be_niss")
    export = ["-------- Message eHealthBox exporté --------",
              "Expéditeur : Dr %s %s (INAMI %s)" % (doc["given"], doc["surname"], inami),
              "Destinataire : Dr %s %s" % (g["given"], g["surname"]),
              "Date d'envoi : %s" % sent.strftime("%d/%m/%Y %H:%M"),
              "Patient : %s (NISS %s)" % (I.fmt_name(rng, p, style=rng.choice(["upper_first", "plain"])), I.fmt_niss(rng, p["niss"])),
              "Objet : %s" % rng.choice(["Rapport de consultation", "Protocole d'examen", "Note de transfert"]),
              "Accusé de lecture : demandé", "--------------------------------------------", "",
              "Consultation du %s. Diagnostic retenu : %s." % (sent.strftime("%d/%m/%Y"), dx["fr"])]
    if dx["meds"]:
        export.append("Proposition thérapeutique : " + "; ".join(dx["meds"][:2]) + ".")
        m.t("medication")
    intro = rng.choice(["Salut, je te fais suivre ce message reçu via l'eHealthBox, il manque une page au protocole, peux-tu vérifier ?",
                        "Bonjour, pour info (export de ma eHealthBox, je ne parviens pas à l'importer dans le DMI).",
                        "Chère collègue, je te transfère ce rapport, tu assures le suivi pendant mes congés."])
    m.text = intro + "\n\n" + "\n".join(export) + "\n\n" + G.signature(rng, g, "Médecin généraliste", org)
    if rng.random() < 0.6:
        medsxml = "\n      ".join('<item><cd S="CD-ITEM" SV="1.0">medication</cd><content><text L="fr">%s</text></content></item>' % x
                                   for x in dx["meds"][:2])
        xml = KMEHR.format(inami=inami.replace("-", ""), msgid=rng.randrange(10 ** 6), date=sent.date().isoformat(),
                           dgiven=doc["given"], dsur=doc["surname"], niss=p["niss"], given=p["given"], sur=p["surname"],
                           dob=p["dob"].isoformat(), sexl="male" if p["sex"] == "M" else "female", ttype=ttype,
                           dx=dx["fr"], meds=medsxml)
        m.attachments.append(M.Attach(rng.choice(["kmehr_%s.xml" % sent.strftime("%Y%m%d"), "message.xml", "sumehr.xml"]),
                                      "text/xml", xml))
        m.t("date_of_birth")
    m.subject = rng.choice(["TR: [eHealthBox] Rapport de consultation", "Fwd: message eHealthBox",
                            "TR: eHealthBox – %s" % p["surname"], "export eHealthBox"])
    m.sender = doc_addr(g, gdom)
    colleague = ctx.staff("Dr")
    m.to = [doc_addr(colleague, gdom)]
    m.note = "forwarded eHealthBox export (be)"
    return m


def mssante(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "mssante")
    p = ctx.patient("fr")
    m.p = p
    h = ctx.hosp("fr")
    doc = ctx.staff("Dr")
    g, org, gdom = gp(ctx, "fr")
    dx = C.pick_dx(rng, p)
    m.date = ctx.when()
    sent = m.date - datetime.timedelta(hours=rng.randrange(3, 72))
    ipp = I.mrn_value(rng, "ipp")
    m.t("patient_name", "fr_nir", "diagnosis", "mrn", "date_of_birth")
    inner_txt = "\n".join([
        "Cher Confrère,", "",
        "Vous trouverez ci-joint le compte rendu concernant votre patient(e).", "",
        "Identité INS : %s %s, %s le %s" % (p["surname"].upper(), p["given"], né(p), p["dob"].strftime("%d/%m/%Y")),
        "Matricule INS (NIR) : %s – OID 1.2.250.1.213.1.4.8" % I.fmt_nir(rng, p["nir"]),
        "IPP %s : %s" % (h["name"], ipp), "",
        "Conclusion : %s." % dx["fr"], "",
        "Dr %s %s – %s" % (doc["given"], doc["surname"], h["name"])])
    cr = A.pdf(["# Compte rendu", "Patient : %s %s" % (p["surname"].upper(), p["given"]), "Conclusion : " + dx["fr"]] +
               (["Traitement : " + "; ".join(dx["meds"])] if dx["meds"] else []))
    if dx["meds"]:
        m.t("medication")
    inner = G.inner_message(ctx, ("Dr %s %s" % (doc["given"], doc["surname"]), "%s.%s@%s" % (
        G.slug(doc["given"]), G.slug(doc["surname"]), "hopital.mssante.example")),
        [("", "%s.%s@medecin.mssante.example" % (G.slug(g["given"]), G.slug(g["surname"])))],
        rng.choice(["CR consultation", "Compte rendu", "CR %s" % dx["spec"]]), inner_txt, sent, "+0100",
        attachments=[M.Attach("CR_%s.pdf" % ipp, "application/pdf", cr)])
    m.attachments.append(M.Forward(inner, rng.choice([None, "message_mssante.eml", "CR.eml"])))
    m.text = rng.choice([
        "Bonjour,\n\nJe te transfère ce message reçu sur ma messagerie sécurisée MSSanté (pièce jointe .eml), mon logiciel ne l'intègre pas.\n\nMerci,\n",
        "Pour intégration au dossier patient SVP.\n\n",
        "Bonjour,\n\nCi-joint le courrier reçu via MSSanté pour la RCP de jeudi.\n\nBonne journée\n"]) + g["given"]
    m.subject = rng.choice(["TR: CR consultation (MSSanté)", "Fwd: message MSSanté", "message sécurisé à intégrer",
                            "TR: Compte rendu"])
    m.sender = doc_addr(g, gdom)
    sec = ctx.staff("")
    m.to = [("%s %s" % (sec["given"], sec["surname"]), G.email_of(sec, gdom))]
    m.note = "MSSanté message forwarded as an attached message/rfc822 with a PDF inside"
    return m


def nam_patient(ctx, lang="fr"):
    h = ctx.nam_holder()
    p = dict(surname=h["surname"], given=h["given"], sex=h["sex"], dob=h["dob"], country="qc", nam=h["nam"])
    return p


def quebec_fr(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "quebec")
    p = nam_patient(ctx)
    m.p = p
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    q = ctx.hosp("qc")
    doc = ctx.staff("Dr")
    dest = ctx.staff("Dr")
    m.date = ctx.when()
    age = I.age_at(p["dob"], m.date.date())
    if age < 16:
        d = rng.choice(PED_DX)
        dxfr, med = d[0], d[2]
    else:
        dd = C.pick_dx(rng, p)
        dxfr, med = dd["fr"], (dd["meds"][0] if dd["meds"] else None)
    m.t("patient_name", "ramq_nam", "diagnosis")
    nm = rng.choice(["%s %s" % (p["given"], p["surname"]), "%s, %s" % (p["surname"].upper(), p["given"]),
                     "%s %s" % (p["surname"], p["given"])])
    lines = [rng.choice(["Chère collègue,", "Cher collègue,", "Bonjour Docteur %s," % dest["surname"]]), "",
             "Nous avons pris en charge %s, résident(e) québécois(e) de passage à %s, pour %s." % (nm, h["city"], dxfr),
             "Assurance maladie du Québec – NAM : %s" % I.fmt_nam(rng, p["nam"])]
    if rng.random() < 0.7:
        lines.append("Date de naissance : %s – sexe : %s" % (I.fmt_date_fr(rng, p["dob"], rng.choice(["slash", "iso", "long"])), p["sex"]))
        m.t("date_of_birth")
    if med and rng.random() < 0.7:
        lines.append("Traitement en cours : %s." % med)
        m.t("medication")
    if rng.random() < 0.5:
        lines.append("Notre numéro de dossier : %s" % I.mrn_value(rng, "ipp" if c == "fr" else "be"))
        m.t("mrn")
    lines += ["", rng.choice(["Le rapatriement est prévu le %s ; pourriez-vous assurer le relais à son arrivée ?",
                              "Retour au Québec le %s, un suivi dans votre clinique serait souhaitable.",
                              "Le transfert vers votre établissement est organisé pour le %s."]) %
              (m.date + datetime.timedelta(days=rng.randrange(3, 15))).strftime("%d/%m/%Y"),
              "", rng.choice(["Bien cordialement,", "Avec nos salutations confraternelles,"]), "",
              G.signature(rng, doc, "Service des urgences" if rng.random() < 0.5 else "Service de médecine interne", h)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Transfert de soins vers le Québec", "Patient(e) québécois(e) – relais de suivi",
                            "Rapatriement %s" % p["surname"], "Suivi au Québec – %s" % nm])
    m.sender = doc_addr(doc, h["dom"])
    m.to = [doc_addr(dest, q["dom"])]
    m.note = "European hospital hands over a Québec resident to a Québec partner (RAMQ NAM)"
    return m


def sin_fr(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "quebec_social")
    p = nam_patient(ctx)
    m.p = p
    q = ctx.hosp("qc")
    aso = ctx.staff("")
    m.date = ctx.when()
    m.tz = "-0500"
    sin = I.make_sin(rng)
    m.t("patient_name", "ca_sin", "social_information", "ramq_nam")
    lines = ["Bonjour Madame,", "",
             "Dans le cadre du retour au Québec %s après son hospitalisation à l'étranger, nous préparons sa demande d'aide sociale et de solidarité sociale." % I.de(p["given"] + " " + p["surname"]),
             "NAS : %s" % I.fmt_sin(rng, sin), "NAM : %s" % I.fmt_nam(rng, p["nam"]),
             "La personne n'a plus de logement (bail résilié pendant son absence) et sera hébergée temporairement chez sa sœur.",
             "", "Merci de nous indiquer les pièces manquantes.", "",
             G.signature(rng, aso, "Travailleuse sociale", q)]
    m.text = "\n".join(lines)
    m.subject = "Demande d'aide financière de dernier recours – dossier à compléter"
    m.sender = ("%s %s" % (aso["given"], aso["surname"]), G.email_of(aso, q["dom"]))
    m.to = [("Centre local d'emploi", "cle.agent@emploi-solidarite.example")]
    m.note = "Québec social worker, income support request with SIN and NAM"
    return m
