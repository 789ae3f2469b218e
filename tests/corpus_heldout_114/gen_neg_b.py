"""Negative templates, part B: clinical-sounding mail with no identifiable patient.

Statistics, newsletters, conferences, committees, anonymised teaching cases, blank forms, protocols, policies,
donation programme administration, generic legal/police mail, proficiency testing, asset lists...
"""
import datetime as dt

from stdnum import luhn

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_common import ORG, S, closing, fmt_date, greeting, signature, staff_info, staff_pair, MOIS, MONTHS
from gen_mime import build
from gen_neg_a import _group, _j, XLSX, DOCX


def _esc(t):
    import html
    return html.escape(t, quote=False)


def _to_all(lang, org='lml'):
    return ('Tout le personnel' if lang == 'fr' else 'All staff', f'tous@{ORG[org]["dom"]}')


# ------------------------------------------------------------------ statistics
def statistics(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['quality', 'research', 'chief_coroner', 'manager']), lang)
    kind = c.randint(0, 2)
    if kind == 0:
        header = ['Mois' if fr else 'Month', 'Opioïdes' if fr else 'Opioids', 'Stimulants', 'Alcool' if fr else 'Alcohol', 'Polysubstances', 'Total']
        rows = [header]
        for m in range(1, 13):
            v = [c.randint(4, 30), c.randint(1, 12), c.randint(0, 6), c.randint(3, 20)]
            rows.append([(MOIS if fr else MONTHS)[m - 1], *v, sum(v)])
        title = ('Décès liés aux drogues par mois' if fr else 'Drug-related deaths by month')
    elif kind == 1:
        header = ['Groupe d\'âge' if fr else 'Age group', 'Naturelle' if fr else 'Natural', 'Accident', 'Suicide', 'Homicide', 'Indéterminée' if fr else 'Undetermined']
        rows = [header] + [[g, c.randint(10, 200), c.randint(5, 120), c.randint(2, 60), c.randint(0, 9), c.randint(0, 15)]
                           for g in ['0-17', '18-34', '35-49', '50-64', '65-79', '80+']]
        title = ('Investigations par groupe d\'âge et circonstances' if fr else 'Investigations by age group and manner')
    else:
        header = ['Trimestre' if fr else 'Quarter', 'Autopsies', 'Examens externes' if fr else 'External exams', 'Délai médian tox (j)' if fr else 'Median tox TAT (d)', 'Rapports > 90 j' if fr else 'Reports > 90 d']
        rows = [header] + [[f'T{q}' if fr else f'Q{q}', c.randint(150, 320), c.randint(60, 180), c.randint(28, 95), c.randint(5, 60)] for q in range(1, 5)]
        title = ('Indicateurs de performance du laboratoire' if fr else 'Laboratory performance indicators')
    mode = c.choice(['xlsx', 'csv', 'html'])
    atts, htm, text = [], None, None
    intro = (f'Voici le tableau « {title} » pour {ref.year - 1}. Données agrégées, cellules < 5 non supprimées à l\'interne seulement.' if fr else
             f'Here is the "{title}" table for {ref.year - 1}. Aggregate data; small cells not suppressed, internal use only.')
    if mode == 'xlsx':
        atts.append(dict(name=f'stats_{ref.year - 1}.xlsx', ctype=XLSX, data=make_xlsx([(title[:31], rows)])))
        text = _j(greeting(c, lang), intro, signature(c, a, lang))
    elif mode == 'csv':
        atts.append(dict(name=f'stats_{ref.year - 1}.csv', ctype='text/csv', data=make_csv(rows, sep=';' if fr else ',')))
        text = _j(greeting(c, lang), intro, signature(c, a, lang))
    else:
        trs = ''.join('<tr>' + ''.join(f'<td>{v}</td>' for v in r) + '</tr>' for r in rows)
        htm = f'<p>{greeting(c, lang)}</p><p>{_esc(intro)}</p><table border="1" cellpadding="3">{trs}</table><p>{signature(c, a, lang, 0).replace(chr(10), "<br>")}</p>'
    return S(lang, 'aggregate_statistics', [], 'aggregate mortality / workload statistics', a, _group(c, lang, 2), title, text, html=htm, atts=atts, date=d)


# ------------------------------------------------------------------ public-health newsletter
def newsletter(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    frm = ('Santé publique — Centre-Sud' if fr else 'Public Health — Centre-South', 'bulletin@santepublique-cs.example')
    topic = c.choice([
        (('ALERTE : nitazènes détectés dans des comprimés vendus comme de l\'oxycodone', 'Des analogues de nitazène ont été identifiés dans trois décès récents dans la région. Ces opioïdes sont plus puissants que le fentanyl et peuvent nécessiter plusieurs doses de naloxone.'),
         ('ALERT: nitazenes detected in tablets sold as oxycodone', 'Nitazene analogues were identified in three recent deaths in the region. These opioids are more potent than fentanyl and may require several naloxone doses.')),
        (('Chaleur extrême : prévenir les décès', 'Lors de la vague de chaleur de l\'été dernier, la surmortalité a surtout touché les personnes âgées vivant seules et les personnes prenant des antipsychotiques. Voici les recommandations pour les établissements.'),
         ('Extreme heat: preventing deaths', 'During last summer\'s heat wave, excess mortality mainly affected older adults living alone and people on antipsychotics. Here are recommendations for facilities.')),
        (('Monoxyde de carbone : campagne hivernale', 'Chaque hiver, des intoxications au CO surviennent lors de pannes de courant. Rappelez aux familles l\'importance des avertisseurs de CO.'),
         ('Carbon monoxide: winter campaign', 'Each winter, CO poisonings occur during power outages. Remind families about CO alarms.')),
        (('Noyades : bilan et prévention', 'Le nombre de noyades a augmenté de 18 % par rapport à la moyenne des cinq dernières années; la majorité des victimes ne portaient pas de VFI.'),
         ('Drowning: review and prevention', 'Drownings rose 18% over the five-year average; most victims were not wearing a lifejacket.'))])
    t = topic[0 if fr else 1]
    text = _j(t[1], ('Pour en savoir plus : santepublique-cs.example/bulletin' if fr else 'More: santepublique-cs.example/bulletin'),
              ('Vous recevez ce bulletin parce que vous êtes inscrit(e) à la liste des partenaires. Se désabonner : répondre « STOP ».' if fr else
               'You receive this bulletin as a registered partner. Unsubscribe: reply "STOP".'))
    htm = (f'<h2 style="color:#00529b">{t[0]}</h2><p>{t[1]}</p><ul><li>' +
           ('</li><li>'.join(['Surveiller les signes de détresse', 'Distribuer les trousses de prévention', 'Signaler les cas au 1 855 555-0114'] if fr else
                             ['Watch for signs of distress', 'Distribute prevention kits', 'Report cases to 1 855 555-0114'])) + '</li></ul>'
           f'<p style="font-size:10px">{"Se désabonner" if fr else "Unsubscribe"}</p>')
    return S(lang, 'public_health_newsletter', [], 'public-health bulletin about a cause of death', frm,
             [('Partenaires' if fr else 'Partners', 'partenaires@santepublique-cs.example')], t[0], text, html=htm,
             force=c.choice(['alt', 'html']), date=d)


# ------------------------------------------------------------------ conference programme
def conference(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    org = staff_info(c, c.choice(['educ', 'director', 'research']), lang)
    sp = [staff_info(c, k, lang) for k in ['pathologist', 'toxicologist', 'director', 'don_coord', 'research']]
    talks = [('Asphyxie positionnelle : pièges diagnostiques', 'Positional asphyxia: diagnostic pitfalls'),
             ('Nouvelles substances psychoactives en toxicologie post-mortem', 'Novel psychoactive substances in post-mortem toxicology'),
             ('Mort subite du jeune : place de l\'autopsie moléculaire', 'Sudden death in the young: role of molecular autopsy'),
             ('Don après décès cardiocirculatoire : expérience régionale', 'Donation after circulatory death: regional experience'),
             ('Traumatismes crâniens non accidentels chez l\'enfant', 'Abusive head trauma in children')]
    prog = '\n'.join(f'{9 + i}h00  ' + f'{s["hon"]} {s["p"].full()}'.strip() + f' — {t[0] if fr else t[1]}' for i, (s, t) in enumerate(zip(sp, talks)))
    when = fmt_date(ref + dt.timedelta(days=c.randint(20, 90)), lang, 'long')
    if fr:
        subj = c.choice(['Programme — Journée de médecine légale', 'Colloque annuel : programme et inscription'])
        text = _j(greeting(c, lang), f'Le programme de la Journée de médecine légale du {when} est maintenant disponible :', prog,
                  'Inscription : 75 $ (gratuit pour les résident(e)s). 6 heures de crédits de catégorie 1.', signature(c, org, lang))
    else:
        subj = c.choice(['Programme — Forensic Medicine Day', 'Annual symposium: programme and registration'])
        text = _j(greeting(c, lang), f'The programme for Forensic Medicine Day on {when} is now available:', prog,
                  'Registration: $75 (free for residents). 6 Section 1 credits.', signature(c, org, lang))
    atts = []
    if c.chance(0.5):
        atts.append(dict(name='programme.pdf', ctype='application/pdf', data=make_pdf(subj, prog.split('\n'), header=ORG['lml'][lang])))
    return S(lang, 'conference_programme', [], 'conference programme with speakers and topics', org, [_to_all(lang)], subj, text, atts=atts, date=d)


# ------------------------------------------------------------------ committee notice
def committee_notice(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    ch = staff_info(c, c.choice(['chief_coroner', 'director', 'quality']), lang)
    items_fr = ['Adoption du procès-verbal', 'Suivi des recommandations 2023 (taux de mise en œuvre : 64 %)', 'Revue thématique : décès en résidence pour aînés',
                'Décès par surdose chez les 18-25 ans : tendances', 'Mise à jour de la politique de communication des rapports', 'Varia']
    items_en = ['Approval of minutes', 'Follow-up of 2023 recommendations (implementation rate 64%)', 'Thematic review: deaths in seniors\' residences',
                'Overdose deaths among 18-25-year-olds: trends', 'Update to the report release policy', 'Other business']
    text = _j(greeting(c, lang), ('Ordre du jour de la prochaine séance du comité d\'examen des décès :' if fr else 'Agenda for the next death review committee meeting:'),
              '\n'.join(f'{i + 1}. {x}' for i, x in enumerate(items_fr if fr else items_en)),
              ('Rappel : les dossiers sont présentés de façon dépersonnalisée.' if fr else 'Reminder: cases are presented de-identified.'), signature(c, ch, lang))
    return S(lang, 'committee_notice', [], 'committee agenda, no identifiable cases', ch, _group(c, lang, 3),
             ('Comité d\'examen des décès — ordre du jour' if fr else 'Death review committee — agenda'), text, date=d)


# ------------------------------------------------------------------ anonymised teaching case
def teaching_case(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['pathologist', 'resident', 'director']), lang)
    age = c.randint(19, 80)
    case = c.choice([
        (f'Homme de {age} ans retrouvé à domicile; seringues à proximité. Œdème pulmonaire marqué (poumons 1 350 g). Fentanyl 18 ng/mL, norfentanyl 4 ng/mL dans le sang fémoral.',
         f'{age}-year-old man found at home with syringes nearby. Marked pulmonary oedema (lungs 1,350 g). Femoral blood fentanyl 18 ng/mL, norfentanyl 4 ng/mL.'),
        (f'Femme de {age} ans, effondrement pendant un marathon. Cœur 520 g, hypertrophie septale asymétrique (septum 24 mm), désarray myocytaire à l\'histologie.',
         f'{age}-year-old woman collapsed during a marathon. Heart 520 g, asymmetric septal hypertrophy (septum 24 mm), myocyte disarray on histology.'),
        (f'Homme de {age} ans retrouvé dans un garage, coloration rouge cerise des lividités. Carboxyhémoglobine 71 %.',
         f'{age}-year-old man found in a garage with cherry-red lividity. Carboxyhaemoglobin 71%.'),
        (f'Femme de {age} ans, chute dans un escalier, sous apixaban. Hématome sous-dural aigu de 18 mm avec déviation de la ligne médiane.',
         f'{age}-year-old woman, fall down stairs on apixaban. Acute subdural haematoma 18 mm with midline shift.')])
    q = c.choice([('Quelle est votre opinion sur la cause et les circonstances du décès?', 'What is your opinion on the cause and manner of death?'),
                  ('Quels prélèvements supplémentaires auriez-vous demandés?', 'What additional samples would you have requested?')])
    text = _j(greeting(c, lang), ('Cas du mois (dépersonnalisé) pour la réunion des résidents :' if fr else 'Case of the month (de-identified) for resident rounds:'),
              case[0 if fr else 1], q[0 if fr else 1],
              ('Réponses et discussion jeudi midi. Merci de ne pas rechercher le dossier source.' if fr else 'Answers and discussion Thursday noon. Please do not look up the source file.'),
              signature(c, a, lang))
    atts = []
    if c.chance(0.35):
        atts.append(dict(name='cas_du_mois.pdf' if fr else 'case_of_the_month.pdf', ctype='application/pdf',
                         data=make_pdf('Cas du mois' if fr else 'Case of the month', [case[0 if fr else 1], '', q[0 if fr else 1]])))
    return S(lang, 'teaching_case', [], 'anonymised teaching case with findings', a, [('Résidents pathologie' if fr else 'Pathology residents', f'residents@{ORG["lml"]["dom"]}')],
             ('Cas du mois' if fr else 'Case of the month') + c.choice(['', ' — réponse jeudi' if fr else ' — answers Thursday']), text, atts=atts, date=d)


# ------------------------------------------------------------------ blank forms
def blank_form(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['archives', 'coroner_sec', 'lml_admin', 'don_coord']), lang)
    form = c.choice([
        (('Autorisation de communication de renseignements — personne décédée', ['Nom de la personne décédée : ______________________', 'NAM (ex. : ABCD 1234 5678) : ______________',
          'Date de naissance (AAAA-MM-JJ) : ____-__-__', 'Date du décès : ____-__-__', 'Nom du demandeur : ______________________', 'Lien avec la personne décédée : ________',
          'Documents demandés : [ ] rapport du coroner  [ ] rapport d\'autopsie  [ ] toxicologie', 'Signature : ____________________  Date : __________']),
         ('Authorization to release information — deceased person', ['Name of deceased: ______________________', 'RAMQ no. (e.g. ABCD 1234 5678): ______________',
          'Date of birth (YYYY-MM-DD): ____-__-__', 'Date of death: ____-__-__', 'Requester name: ______________________', 'Relationship: ________',
          'Documents requested: [ ] coroner report  [ ] autopsy report  [ ] toxicology', 'Signature: ____________________  Date: __________'])),
        (('Formulaire de consentement au don d\'organes et de tissus', ['Nom du donneur : ____________________', 'No de dossier : ____________', 'Organes : [ ] reins [ ] foie [ ] cœur [ ] poumons [ ] cornées',
          'Nom du décideur substitut : ____________________', 'Lien : ____________', 'Signature : ____________ Témoin : ____________']),
         ('Organ and tissue donation consent form', ['Donor name: ____________________', 'Chart no.: ____________', 'Organs: [ ] kidneys [ ] liver [ ] heart [ ] lungs [ ] corneas',
          'Substitute decision-maker: ____________________', 'Relationship: ____________', 'Signature: ____________ Witness: ____________'])),
        (('Avis au coroner — formulaire de déclaration', ['Établissement : ____________', 'Nom : ____________  Prénom : ____________', 'Sexe : [ ] F [ ] M [ ] X',
          'Date et heure du décès : ____________', 'Circonstances : ______________________________', 'Médecin déclarant : ____________  Tél. : ____________']),
         ('Coroner notification form', ['Facility: ____________', 'Last name: ____________  First name: ____________', 'Sex: [ ] F [ ] M [ ] X',
          'Date/time of death: ____________', 'Circumstances: ______________________________', 'Reporting physician: ____________  Tel: ____________']))])
    title, lines = form[0 if fr else 1]
    fmt = c.choice(['pdf', 'docx'])
    if fmt == 'pdf':
        att = dict(name=('formulaire_vierge.pdf' if fr else 'blank_form.pdf'), ctype='application/pdf', data=make_pdf(title, lines, header=ORG[a['org']][lang]))
    else:
        att = dict(name=('gabarit_formulaire.docx' if fr else 'form_template.docx'), ctype=DOCX, data=make_docx(title, lines, author=a['p'].full()))
    text = _j(greeting(c, lang), (f'Voici la version à jour du formulaire « {title} ». Merci de détruire les anciennes versions imprimées.' if fr else
                                  f'Here is the updated "{title}" form. Please discard old printed copies.'), signature(c, a, lang))
    return S(lang, 'blank_form', [], 'blank form / template', a, _group(c, lang, 2), ('Formulaire à jour : ' if fr else 'Updated form: ') + title, text, atts=[att], date=d)


# ------------------------------------------------------------------ research protocol
def research_protocol(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    pi = staff_info(c, 'research', lang)
    title = c.choice([('Mort subite cardiaque chez les 1 à 40 ans : étude rétrospective 2015-2024', 'Sudden cardiac death in people aged 1-40: retrospective study 2015-2024'),
                      ('Concentrations post-mortem de fentanyl et redistribution : étude de cohorte', 'Post-mortem fentanyl concentrations and redistribution: cohort study'),
                      ('Facteurs associés aux décès par hypothermie en milieu urbain', 'Factors associated with urban hypothermia deaths')])
    t = title[0 if fr else 1]
    text = _j(greeting(c, lang), (f'Le protocole « {t} » a été approuvé par le comité d\'éthique (no CÉR-{c.randint(2024, 2025)}-{c.randint(100, 999)}).' if fr else
                                  f'The protocol "{t}" was approved by the REB (no. REB-{c.randint(2024, 2025)}-{c.randint(100, 999)}).'),
              ('Les données seront extraites par l\'équipe du laboratoire et codées avant d\'être transmises aux chercheurs; aucun identifiant ne quittera le LML. Taille d\'échantillon visée : 420 cas.' if fr else
               'Data will be extracted and coded by lab staff before release to investigators; no identifiers will leave the lab. Target sample size: 420 cases.'),
              signature(c, pi, lang))
    atts = []
    if c.chance(0.5):
        atts.append(dict(name='protocole_resume.docx' if fr else 'protocol_summary.docx', ctype=DOCX,
                         data=make_docx(t, ['##Objectifs' if fr else '##Objectives', 'Décrire l\'incidence et les causes.' if fr else 'Describe incidence and causes.',
                                            '##Méthodes' if fr else '##Methods', 'Étude rétrospective, données codées.' if fr else 'Retrospective study, coded data.'], author=pi['p'].full())))
    return S(lang, 'research_protocol', [], 'research protocol without participant identities', pi, _group(c, lang, 2), ('Protocole approuvé — ' if fr else 'Protocol approved — ') + t[:50], text, atts=atts, date=d)


# ------------------------------------------------------------------ policy update
def policy_update(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['quality', 'chief_coroner', 'director', 'archives']), lang)
    pol = c.choice([(('Procédure de communication des rapports aux familles', 'Les rapports d\'autopsie sont désormais transmis aux familles uniquement par l\'entremise du coroner, après vérification de l\'identité du demandeur.'),
                     ('Procedure for releasing reports to families', 'Autopsy reports are now released to families only through the coroner, after verification of the requester\'s identity.')),
                    (('Loi 25 — incidents de confidentialité', 'Tout incident de confidentialité (courriel envoyé au mauvais destinataire, perte de clé USB) doit être déclaré au responsable de la protection des renseignements personnels dans les 24 heures.'),
                     ('Privacy law — confidentiality incidents', 'Any confidentiality incident (misdirected e-mail, lost USB key) must be reported to the privacy officer within 24 hours.')),
                    (('Chaîne de possession — nouvelle étiquette', 'Les pièces à conviction doivent maintenant porter l\'étiquette à code-barres. Les étiquettes manuscrites ne seront plus acceptées au greffe.'),
                     ('Chain of custody — new label', 'Exhibits must now carry the barcode label. Handwritten labels will no longer be accepted by the registry.')),
                    (('Demandes d\'accès des corps policiers', 'Les demandes de renseignements des corps policiers doivent être accompagnées d\'une ordonnance ou d\'un consentement écrit, sauf urgence vitale documentée.'),
                     ('Police requests for information', 'Police requests for information must include a court order or written consent, except for documented life-threatening emergencies.'))])
    t, body = pol[0 if fr else 1]
    text = _j(greeting(c, lang), body, ('La procédure complète est dans l\'intranet, section Qualité.' if fr else 'The full procedure is on the intranet, Quality section.'), signature(c, a, lang))
    return S(lang, 'policy_update', [], 'policy/procedure update', a, [_to_all(lang, a['org'] if a['org'] in ('lml', 'coroner', 'hsa') else 'lml')],
             ('Nouvelle procédure : ' if fr else 'New procedure: ') + t, text, date=d)


# ------------------------------------------------------------------ donation programme admin
def donation_admin(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['don_coord', 'don_coord2', 'educ']), lang)
    kind = c.randint(0, 3)
    atts = []
    if kind == 0:
        subj = 'Semaine nationale du don d\'organes et de tissus' if fr else 'National organ and tissue donation week'
        body = ('Du 20 au 26 avril, kiosque dans le hall principal. Nous cherchons des bénévoles pour distribuer les autocollants pour la carte d\'assurance maladie.' if fr else
                'April 20-26, booth in the main lobby. We need volunteers to hand out health-card donor stickers.')
    elif kind == 1:
        n = c.randint(120, 190)
        subj = f'Bilan {ref.year - 1} du programme de don' if fr else f'{ref.year - 1} donation programme results'
        body = (f'En {ref.year - 1}, {n} donneurs décédés ont permis {n * 3 + c.randint(0, 40)} transplantations. Le taux de référence des décès admissibles aux soins intensifs est passé à 91 %.' if fr else
                f'In {ref.year - 1}, {n} deceased donors enabled {n * 3 + c.randint(0, 40)} transplants. The referral rate of eligible ICU deaths rose to 91%.')
        atts.append(dict(name='bilan_don.xlsx' if fr else 'donation_results.xlsx', ctype=XLSX,
                         data=make_xlsx([('Bilan' if fr else 'Results', [['Région' if fr else 'Region', 'Références' if fr else 'Referrals', 'Donneurs' if fr else 'Donors'],
                                                                         ['Centre-Sud', c.randint(100, 200), c.randint(20, 60)], ['Nord', c.randint(50, 120), c.randint(10, 30)]])])))
    elif kind == 2:
        subj = 'Révision du protocole DDC (don après décès cardiocirculatoire)' if fr else 'DCD protocol revision'
        body = ('La période d\'observation « no touch » passe à 5 minutes. Le protocole révisé et l\'aide-mémoire pour les intensivistes sont en pièce jointe.' if fr else
                'The no-touch observation period is now 5 minutes. The revised protocol and an intensivist pocket card are attached.')
        atts.append(dict(name='protocole_DDC_v4.pdf' if fr else 'DCD_protocol_v4.pdf', ctype='application/pdf',
                         data=make_pdf(subj, ['1. Retrait des traitements de maintien des fonctions vitales' if fr else '1. Withdrawal of life-sustaining therapy',
                                              '2. Observation 5 minutes' if fr else '2. 5-minute observation', '3. Constat du décès par deux médecins' if fr else '3. Death determination by two physicians'])))
    else:
        subj = 'Horaire des coordonnatrices — garde' if fr else 'Coordinator on-call roster'
        names = [staff_info(c, k, lang)['p'].full() for k in ['don_coord', 'don_coord2', 'educ']]
        body = ('Garde de la semaine : ' if fr else 'This week on call: ') + ', '.join(names) + ('. Téléavertisseur central : 1 888 555-0160.' if fr else '. Central pager: 1 888 555-0160.')
    text = _j(greeting(c, lang), body, signature(c, a, lang))
    return S(lang, 'donation_programme_admin', [], 'organ donation programme administration', a, [_to_all(lang, 'don')], subj, text, atts=atts, date=d)


# ------------------------------------------------------------------ generic legal / police
def legal_generic(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    kind = c.randint(0, 2)
    if kind == 0:
        law = staff_info(c, c.choice(['paralegal', 'lawyer']), lang)
        arch = staff_info(c, 'archives', lang)
        text = _j(greeting(c, lang), ('Notre cabinet traitera prochainement plusieurs demandes de copies de dossiers pour des successions. Pourriez-vous nous transmettre votre grille tarifaire de reproduction et le délai moyen de traitement?' if fr else
                                      'Our firm will soon submit several estate-related chart requests. Could you send your copying fee schedule and usual turnaround time?'), closing(c, lang), signature(c, law, lang, 1))
        return S(lang, 'legal_generic', [], 'law firm asks about fees, no client named', law, [arch], ('Frais de reproduction' if fr else 'Copying fees'), text, date=d)
    if kind == 1:
        det = staff_info(c, 'detective', lang)
        cor = staff_info(c, 'chief_coroner', lang)
        text = _j(greeting(c, lang), ('Je vous propose une rencontre de liaison police–coroner le mois prochain pour revoir le protocole de prise en charge des scènes de décès et les délais de libération des corps.' if fr else
                                      'I suggest a police–coroner liaison meeting next month to review the death scene protocol and body release timelines.'), closing(c, lang), signature(c, det, lang))
        return S(lang, 'legal_generic', [], 'police liaison meeting proposal', det, [cor], ('Rencontre de liaison' if fr else 'Liaison meeting'), text, date=d)
    arch = staff_info(c, c.choice(['archives', 'archives3']), lang)
    law = staff_info(c, 'lawyer_en', lang)
    text = _j(greeting(c, lang), ('Nous avons bien reçu votre demande. Toutefois, celle-ci ne comporte ni le nom de la personne ni l\'autorisation signée; nous ne pouvons donc pas l\'ouvrir. Merci d\'utiliser le formulaire joint.' if fr else
                                  'We received your request, but it does not include the person\'s name or a signed authorization, so we cannot open it. Please use the attached form.'), signature(c, arch, lang))
    return S(lang, 'legal_generic', [], 'incomplete request returned, no patient named', arch, [law], ('RE: Demande de dossier' if fr else 'RE: Records request'), text, reply=True,
             atts=[dict(name='formulaire_demande.pdf' if fr else 'request_form.pdf', ctype='application/pdf',
                        data=make_pdf('Demande d\'accès' if fr else 'Access request', ['Nom : ________' if fr else 'Name: ________', 'Date de naissance : ________' if fr else 'Date of birth: ________']))], date=d)


# ------------------------------------------------------------------ court scheduling
def court_scheduling(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    crown = staff_info(c, 'crown', lang)
    path = staff_info(c, 'pathologist', lang)
    doss = f'{c.choice(["500", "450"])}-01-{c.randint(100000, 999999)}-{c.randint(23, 24)}{c.randint(1, 9)}'
    days = [fmt_date(ref + dt.timedelta(days=k), lang, 'long') for k in sorted(c.sample(range(20, 90), 3))]
    text = _j(greeting(c, lang, path['p'].given), (f'Le procès dans le dossier {doss} est fixé. Pouvez-vous me confirmer vos disponibilités pour témoigner : {", ".join(days)}?' if fr else
                                                   f'Trial in file {doss} has been set. Please confirm your availability to testify: {", ".join(days)}.'),
              ('Une assignation officielle suivra.' if fr else 'A formal subpoena will follow.'), signature(c, crown, lang))
    return S(lang, 'court_scheduling', [], 'testimony scheduling, no victim named', crown, [path], ('Disponibilités — témoignage' if fr else 'Availability — testimony'), text, date=d)


# ------------------------------------------------------------------ physician directory
def physician_directory(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['director', 'coroner_sec', 'social']), lang)
    docs = [(staff_info(c, k, lang), t) for k, t in zip(['icu_md', 'icu_md2', 'er_md', 'research'],
                                                       c.sample([('cardiologie génétique — QT long, Brugada, cardiomyopathie hypertrophique', 'genetic cardiology — long QT, Brugada, hypertrophic cardiomyopathy'),
                                                                 ('neurologie — épilepsie réfractaire et SUDEP', 'neurology — refractory epilepsy and SUDEP'),
                                                                 ('médecine des toxicomanies — trouble lié à l\'usage des opioïdes', 'addiction medicine — opioid use disorder'),
                                                                 ('psychiatrie — prévention du suicide', 'psychiatry — suicide prevention'),
                                                                 ('pneumologie — asthme sévère', 'respirology — severe asthma')], 4))]
    lines = '\n'.join(f'- {s["hon"]} {s["p"].full()} : {t[0]}' if fr else f'- {s["hon"]} {s["p"].full()}: {t[1]}' for s, t in docs)
    text = _j(greeting(c, lang), ('Voici la liste à jour des médecins qui acceptent les références de familles endeuillées pour le dépistage ou le suivi :' if fr else
                                  'Here is the updated list of physicians accepting referrals of bereaved families for screening or follow-up:'), lines,
              ('Les références se font par télécopieur au 418 555-0139.' if fr else 'Referrals by fax to 418 555-0139.'), signature(c, a, lang))
    return S(lang, 'physician_directory', [], 'physicians named with the conditions they treat', a, _group(c, lang, 2),
             ('Liste de référence — cliniques spécialisées' if fr else 'Referral list — specialty clinics'), text, date=d)


# ------------------------------------------------------------------ recommendations summary
def recommendations_summary(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    a = staff_info(c, 'chief_coroner', lang)
    n = c.randint(180, 320)
    text = _j(greeting(c, lang), (f'En {ref.year - 1}, les coroners de la région ont formulé {n} recommandations. Principaux thèmes : sécurité routière (22 %), surdoses (19 %), soins aux aînés (15 %), prévention du suicide (11 %).' if fr else
                                  f'In {ref.year - 1}, regional coroners issued {n} recommendations. Main themes: road safety (22%), overdoses (19%), elder care (15%), suicide prevention (11%).'),
              ('Le rapport annuel sera publié le mois prochain.' if fr else 'The annual report will be published next month.'), signature(c, a, lang))
    return S(lang, 'recommendations_summary', [], 'aggregate summary of coroner recommendations', a, [('Partenaires' if fr else 'Partners', 'partenaires@coroner-cs.example')],
             (f'Bilan {ref.year - 1} des recommandations' if fr else f'{ref.year - 1} recommendations overview'), text, date=d)


# ------------------------------------------------------------------ media
def media(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    com = staff_info(c, 'comms', lang)
    jour = ('Rédaction — Le Courrier du Centre' if fr else 'Newsroom — Centre Courier', 'redaction@courrier-centre.example')
    text = _j(greeting(c, lang), ('Merci de votre demande concernant le décès survenu samedi sur la route 117. Le Bureau du coroner ne commente pas les investigations en cours et ne divulgue aucune information permettant d\'identifier la personne décédée.' if fr else
                                  'Thank you for your inquiry about Saturday\'s death on Route 117. The Coroner\'s Office does not comment on ongoing investigations or release information identifying the deceased.'),
              ('Le rapport sera public à la fin de l\'investigation; vous pourrez en faire la demande.' if fr else 'The report will be public once the investigation ends; you may request it then.'), signature(c, com, lang))
    return S(lang, 'media_reply', [], 'media inquiry declined, no identity', com, [jour], ('RE: Demande média' if fr else 'RE: Media request'), text, reply=True, date=d)


# ------------------------------------------------------------------ proficiency testing
def proficiency(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    q = staff_info(c, c.choice(['quality', 'toxicologist']), lang)
    rows = [['Échantillon' if fr else 'Sample', 'Analyte', 'Résultat' if fr else 'Result', 'Cible' if fr else 'Target', 'Score z' if fr else 'z-score']]
    for i, (an, tgt) in enumerate([('Éthanol' if fr else 'Ethanol', 80), ('Fentanyl', 12.5), ('Cocaïne' if fr else 'Cocaine', 0.25), ('Morphine', 0.1)]):
        res = round(tgt * (0.9 + c.rng.random() * 0.2), 2)
        rows.append([f'EQA-{d.year}-{c.choice("ABC")}{i + 1}', an, res, tgt, round((res - tgt) / (tgt * 0.1), 2)])
    text = _j(greeting(c, lang), ('Résultats du programme d\'essais d\'aptitude (toxicologie post-mortem), envoi 2 : tous les résultats sont satisfaisants (|z| < 2).' if fr else
                                  'Proficiency testing results (post-mortem toxicology), round 2: all results satisfactory (|z| < 2).'), signature(c, q, lang))
    return S(lang, 'proficiency_testing', [], 'EQA results with analyte values, no patients', q, _group(c, lang, 2), ('Essais d\'aptitude — envoi 2' if fr else 'Proficiency testing — round 2'), text,
             atts=[dict(name='EQA_resultats.xlsx' if fr else 'EQA_results.xlsx', ctype=XLSX, data=make_xlsx([('EQA', rows)]))], date=d)


# ------------------------------------------------------------------ journal club
def journal_club(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    r = staff_info(c, 'resident', lang)
    art = c.choice(['Post-mortem redistribution of fentanyl: a systematic review', 'Vitreous biochemistry in the estimation of the post-mortem interval',
                    'Molecular autopsy in sudden unexplained death in the young', 'Deaths in police custody: a 10-year review'])
    text = _j(greeting(c, lang), (f'Club de lecture jeudi 12 h : « {art} ». Présenté par {r["p"].full()}. Le PDF est sur le partage.' if fr else
                                  f'Journal club Thursday noon: "{art}". Presented by {r["p"].full()}. PDF on the share.'), signature(c, r, lang, 2))
    return S(lang, 'journal_club', [], 'journal club notice', r, [('Résidents' if fr else 'Residents', f'residents@{ORG["lml"]["dom"]}')], ('Club de lecture' if fr else 'Journal club'), text, date=d)


# ------------------------------------------------------------------ forwarded newsletter as .eml
def forwarded_newsletter(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    inner = c.choice([newsletter, conference, recommendations_summary])(c, lang)
    inner['date'] = d - dt.timedelta(days=c.randint(1, 10))
    raw = build(c, inner, inner=True)
    a = staff_info(c, c.choice(['director', 'manager', 'educ']), lang)
    text = _j(greeting(c, lang), ('Pour votre information — voir le message joint.' if fr else 'FYI — see attached message.'), signature(c, a, lang, 2))
    return S(lang, 'forwarded_newsletter', [], 'newsletter forwarded as attached .eml', a, _group(c, lang, 2), ('TR: ' if fr else 'FW: ') + inner['subject'], text,
             atts=[dict(name='message.eml', ctype='message/rfc822', data=raw)], date=d)


# ------------------------------------------------------------------ asset inventory
def asset_inventory(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    fac = staff_info(c, c.choice(['facilities', 'it', 'quality']), lang)
    rows = [['Étiquette' if fr else 'Asset tag', 'Équipement' if fr else 'Equipment', 'No de série' if fr else 'Serial no.', 'Local' if fr else 'Room']]
    eq = ['Table d\'autopsie' if fr else 'Autopsy table', 'LC-MS/MS', 'GC-HS', 'Scie oscillante' if fr else 'Oscillating saw', 'Balance' if fr else 'Scale',
          'Congélateur -80 °C' if fr else '-80 °C freezer', 'Tomodensitomètre post-mortem' if fr else 'Post-mortem CT']
    for e in eq:
        n = c.choice([9, 10, 12])
        s = c.luhn_serial(n)
        if n == 9 and s[0] in '08':
            s = '4' + s[1:]
            s = s[:8] + luhn.calc_check_digit(s[:8])
        fmt = f'{s[:3]} {s[3:6]} {s[6:]}' if n == 9 else (f'{s[:4]}-{s[4:7]}-{s[7:]}' if n == 10 else s)
        rows.append([f'LML-{c.randint(10000, 99999)}', e, fmt, c.choice(['A-110', 'A-112', 'T-204', 'T-210', 'B-015'])])
    text = _j(greeting(c, lang), ('Inventaire annuel des équipements : merci de vérifier que les numéros de série correspondent aux plaques signalétiques et de signaler les écarts.' if fr else
                                  'Annual equipment inventory: please check serial numbers against the nameplates and report discrepancies.'), signature(c, fac, lang))
    return S(lang, 'asset_inventory', [], 'equipment inventory with checksum-valid serial numbers', fac, _group(c, lang, 2), ('Inventaire des équipements' if fr else 'Equipment inventory'), text,
             atts=[dict(name='inventaire.xlsx' if fr else 'inventory.xlsx', ctype=XLSX, data=make_xlsx([('Inventaire' if fr else 'Inventory', rows)]))], date=d)


# ------------------------------------------------------------------ bereavement resources
def bereavement(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    s = staff_info(c, c.choice(['social', 'coroner_sec', 'educ']), lang)
    text = _j(greeting(c, lang), ('Voici la nouvelle brochure destinée aux familles endeuillées : déroulement d\'une investigation du coroner, délais habituels, comment obtenir le rapport, ressources de soutien (ligne 1 866 555-0115, groupes de deuil après suicide).' if fr else
                                  'Here is the new brochure for bereaved families: how a coroner investigation works, usual timelines, how to obtain the report, support resources (line 1 866 555-0115, suicide-loss support groups).'),
              ('Merci d\'en remettre une copie lors de chaque annonce de décès.' if fr else 'Please hand a copy out with every death notification.'), signature(c, s, lang))
    return S(lang, 'bereavement_resources', [], 'generic bereavement brochure', s, _group(c, lang, 2), ('Brochure pour les familles' if fr else 'Brochure for families'), text,
             atts=[dict(name='brochure_familles.pdf' if fr else 'family_brochure.pdf', ctype='application/pdf',
                        data=make_pdf('Quand un proche décède' if fr else 'When someone you love dies', ['Le rôle du coroner' if fr else 'The coroner\'s role', 'Obtenir le rapport' if fr else 'Getting the report']))], date=d)


# ------------------------------------------------------------------ mass-fatality drill
def drill(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    m = staff_info(c, c.choice(['director', 'manager']), lang)
    text = _j(greeting(c, lang), ('Exercice de sinistre à victimes multiples mardi prochain : 24 « victimes » simulées (étiquettes SIM-01 à SIM-24) seront acheminées à la morgue temporaire. Objectif : tester l\'identification (empreintes, dentaire, ADN) et le suivi des effets personnels.' if fr else
                                  'Mass-fatality exercise next Tuesday: 24 simulated "victims" (tags SIM-01 to SIM-24) will go to the temporary morgue. Goal: test identification (prints, dental, DNA) and personal effects tracking.'),
              signature(c, m, lang))
    return S(lang, 'disaster_drill', [], 'mass-fatality drill with simulation tags only', m, [_to_all(lang)], ('Exercice SVM — mardi' if fr else 'Mass-fatality drill — Tuesday'), text, date=d)


# ------------------------------------------------------------------ clinical guideline
def guideline(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['director', 'pathologist']), lang)
    g = c.choice([('Pour toute mort subite inexpliquée chez une personne de moins de 40 ans, conserver 5 mL de sang EDTA congelé à -80 °C et un fragment de rate pour l\'autopsie moléculaire.',
                   'For every unexplained sudden death under 40, keep 5 mL EDTA blood frozen at -80 °C and a spleen sample for molecular autopsy.'),
                  ('Dans les décès liés aux opioïdes, prélever systématiquement du sang fémoral et cardiaque, de l\'humeur vitrée et de l\'urine; noter l\'intervalle post-mortem.',
                   'In opioid-related deaths, always collect femoral and cardiac blood, vitreous and urine; record the post-mortem interval.')])
    text = _j(greeting(c, lang), g[0 if fr else 1], ('Directive en vigueur dès lundi.' if fr else 'Effective Monday.'), signature(c, a, lang))
    return S(lang, 'clinical_guideline', [], 'sampling guideline, no patient', a, [_to_all(lang)], ('Directive — prélèvements' if fr else 'Guideline — sampling'), text, date=d)


# ------------------------------------------------------------------ instrument QC
def instrument_qc(c, lang):
    d = c.sent()
    fr = lang == 'fr'
    t = staff_info(c, 'toxicologist', lang)
    lot = f'QC{c.randint(1000, 9999)}'
    text = _j(greeting(c, lang), (f'Le contrôle de qualité bas du LC-MS/MS (lot {lot}) est hors limites pour le norfentanyl (0,42 ng/mL; limites 0,45-0,55). Les séries de ce matin sont suspendues en attendant la recalibration.' if fr else
                                  f'The LC-MS/MS low QC (lot {lot}) is out of range for norfentanyl (0.42 ng/mL; limits 0.45-0.55). This morning\'s runs are on hold pending recalibration.'),
              signature(c, t, lang))
    return S(lang, 'instrument_qc', [], 'instrument QC failure with values, no patients', t, _group(c, lang, 2), (f'CQ hors limites — {lot}' if fr else f'QC out of range — {lot}'), text, date=d)


TEMPLATES = [
    (statistics, 7), (newsletter, 5), (conference, 5), (committee_notice, 5), (teaching_case, 6), (blank_form, 6),
    (research_protocol, 4), (policy_update, 5), (donation_admin, 6), (legal_generic, 5), (court_scheduling, 3),
    (physician_directory, 4), (recommendations_summary, 3), (media, 3), (proficiency, 4), (journal_club, 3),
    (forwarded_newsletter, 2), (asset_inventory, 3), (bereavement, 3), (drill, 2), (guideline, 3), (instrument_qc, 3),
]
